# Frame objects seen from a tracer and from sys._getframe: f_back chains,
# f_back.f_lineno (the caller's current line), f_locals at line events
# (including free and cell variables of closures), f_globals, class bodies
# (a frame named after the class), methods, __init__, properties.
import sys

def simple(v):
    return isinstance(v, (int, str, bool, tuple, list)) or v is None

def chain(frame):
    names = []
    f = frame
    while f is not None and len(names) < 8:
        names.append(f.f_code.co_name)
        f = f.f_back
    return "<".join(names)

def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == "call":
        back = frame.f_back
        print(f"  call {name} first={frame.f_code.co_firstlineno} "
              f"from {back.f_code.co_name}:{back.f_lineno} chain={chain(frame)}")
    elif event == "line":
        items = sorted((k, v) for k, v in frame.f_locals.items() if simple(v))
        print(f"  line {name} {frame.f_lineno} {items}")
    elif event == "return":
        shown = f"<function {arg.__name__}>" if callable(arg) else repr(arg)
        print(f"  return {name} {frame.f_lineno} {shown}")
    return tracer

def who_am_i():
    me = sys._getframe()
    caller = sys._getframe(1)
    return (me.f_code.co_name, caller.f_code.co_name, caller.f_lineno,
            me.f_globals is globals(), me.f_back is caller)

def level2():
    return who_am_i()

def make_counter(start):
    count = start
    def bump(step):
        nonlocal count
        count += step
        return count
    return bump

class Point:
    origin = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
    @property
    def total(self):
        return self.x + self.y
    def scaled(self, k):
        return Point(self.x * k, self.y * k)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

def use_point():
    p = Point(1, 2)
    q = p.scaled(3)
    return q.total

print("untraced:", level2())
print("module frame:", sys._getframe().f_code.co_name, sys._getframe().f_back)

sys.settrace(tracer)
r1 = level2()
sys.settrace(None)
print("traced:", r1)

sys.settrace(tracer)
bump = make_counter(10)
r2 = [bump(1), bump(5)]
sys.settrace(None)
print("closure:", r2)

sys.settrace(tracer)
r3 = use_point()
sys.settrace(None)
print("point:", r3)

print("== class body")
sys.settrace(tracer)
class Shape:
    sides = 4
    def area(self):
        return 0
    label = "sq" * 2
sys.settrace(None)
print("class attrs:", Shape.sides, Shape.label)

def deep(n):
    if n == 0:
        return chain(sys._getframe())
    return deep(n - 1)

print("deep:", deep(3))

def writer(frame, event, arg):
    # In 3.11 the tracer's f_locals dict is written back to the frame's
    # fast locals when the trace function returns.
    if event == "line" and frame.f_code.co_name == "patched":
        if frame.f_lineno == frame.f_code.co_firstlineno + 2:
            frame.f_locals["x"] = 99
    return writer

def patched():
    x = 1
    y = x + 1
    return x, y

sys.settrace(writer)
r4 = patched()
sys.settrace(None)
print("f_locals write-back:", r4)
print("f_lineno of module now:", sys._getframe().f_lineno)
