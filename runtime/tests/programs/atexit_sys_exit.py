# sys.exit keeps its code through the atexit handlers, which still run;
# a SystemExit inside a handler does not change the exit code.
import atexit
import sys

atexit.register(print, "outer handler")
atexit.register(sys.exit, 9)
atexit.register(print, "inner handler")
print("exiting")
sys.exit(3)
