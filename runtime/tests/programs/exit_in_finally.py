# sys.exit(4) inside try: finally blocks still run, exit status 4
import sys
def cleanup(tag):
    print("cleanup", tag)
def run():
    try:
        print("in try")
        for i in range(3):
            print("step", i)
        sys.exit(4)
    finally:
        cleanup("inner")
try:
    run()
except ValueError:
    print("not reached")
finally:
    print("finally still runs")
