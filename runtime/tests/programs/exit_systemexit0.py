# raise SystemExit(0): exit status 0, no traceback
def summarize(values):
    return {"n": len(values), "sum": sum(values), "max": max(values)}
data = [4, 8, 15, 16, 23, 42]
info = summarize(data)
for key in info:
    print(key, info[key])
try:
    raise SystemExit(5)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
print("isinstance Exception?", isinstance(SystemExit(), Exception))
def finish():
    print("clean exit via SystemExit(0)")
    raise SystemExit(0)
try:
    finish()
finally:
    print("finally runs on SystemExit")
print("unreachable")
