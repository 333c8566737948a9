# sys.exit("message"): message printed to stderr, exit status 1
import sys
config = {"host": "localhost", "port": 8080}
required = ["host", "port", "user"]
for key in required:
    if key in config:
        print(f"{key} = {config[key]}")
    else:
        print(f"{key} is missing")
missing = [k for k in required if k not in config]
print("missing keys:", missing)
def main():
    if missing:
        sys.exit("error: configuration missing " + ", ".join(missing))
    print("all good")
print("fatal problem ahead")
main()
print("unreachable")
