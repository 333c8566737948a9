# Installing and removing the trace function: sys.gettrace() before, during
# and after; sys.settrace(None) from inside traced code (no more events, not
# even the 'return'); settrace called inside a function (that frame is not
# traced, its callees are); tracers that raise (3.11 removes the trace
# function and the exception appears in the traced code at that point).
import sys

def tracer(frame, event, arg):
    extra = ""
    if event == "return":
        extra = " " + repr(arg)
    elif event == "exception":
        extra = f" {arg[0].__name__}: {arg[1]}"
    print(f"  {frame.f_code.co_name} {event} {frame.f_lineno}{extra}")
    return tracer

def defined_early(n):
    return n + 100

print("before:", sys.gettrace())

def probe():
    current = sys.gettrace()
    return current is tracer

sys.settrace(tracer)
during = probe()
early = defined_early(1)
sys.settrace(None)
print("during is tracer:", during, "early:", early, "after:", sys.gettrace())

def stops_midway():
    a = 1
    sys.settrace(None)
    b = 2
    return a + b

print("== stops_midway")
sys.settrace(tracer)
print("result", stops_midway(), sys.gettrace())

def helper(v):
    return v * 2

def installs_itself():
    x = helper(1)
    sys.settrace(tracer)
    y = helper(2)
    z = x + y
    return z

print("== installs_itself")
r = installs_itself()
print("after install still set:", sys.gettrace() is tracer)
print("module frames untraced; helper again:")
helper(3)
sys.settrace(None)
print("result", r)

def raising_tracer(frame, event, arg):
    print(f"  raising_tracer {frame.f_code.co_name} {event} {frame.f_lineno}")
    if event == "line" and frame.f_lineno == frame.f_code.co_firstlineno + 2:
        raise ValueError("tracer failed")
    return raising_tracer

def victim():
    try:
        a = 1
        b = 2
    except ValueError as e:
        print("  caught inside victim:", e, sys.gettrace())
        b = 30
    return b

print("== raising on the line event of the 2nd line of the body")
sys.settrace(raising_tracer)
print("result", victim(), sys.gettrace())

def raise_on_call(frame, event, arg):
    raise KeyError("no calls")

def callee():
    print("  callee body never runs")
    return 5

print("== raising on call")
sys.settrace(raise_on_call)
try:
    callee()
except KeyError as e:
    print("caught", repr(e), sys.gettrace())

def raise_on_return(frame, event, arg):
    if event == "return":
        raise IndexError(f"return of {arg!r}")
    return raise_on_return

def returner():
    try:
        return "value"
    finally:
        print("  finally ran")

def outer_of_returner():
    try:
        v = returner()
    except IndexError as e:
        v = "outer caught " + str(e)
    return v

print("== raising on return")
sys.settrace(raise_on_return)
print("result", outer_of_returner(), sys.gettrace())
print("done", defined_early(2))
