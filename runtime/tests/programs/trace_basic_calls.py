# sys.settrace on plain calls: call events report the def line (the first
# decorator line for decorated functions), line events for multi-line
# statements, pass, docstrings, ';'-separated statements, lambdas, defaults.
import sys

events = []

def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == "call":
        events.append(f"{name} call {frame.f_lineno} first={frame.f_code.co_firstlineno}")
    elif event == "return":
        events.append(f"{name} return {frame.f_lineno} {arg!r}")
    elif event == "exception":
        events.append(f"{name} exception {frame.f_lineno} {arg[0].__name__}: {arg[1]}")
    else:
        events.append(f"{name} {event} {frame.f_lineno}")
    return tracer

def dump(title):
    print("==", title)
    for e in events:
        print(e)
    events.clear()

def add(a, b=10):
    return a + b

def outer(x):
    y = add(x)
    z = add(x, 1)
    return y * z

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def deco(f):
    def wrapper(*args):
        return f(*args) + 1
    return wrapper

@deco
def decorated(v):
    return v * 2

def documented():
    """A docstring is not a line event."""
    pass

def semis():
    a = 1; b = 2; c = a + b
    return c

def multiline(p):
    total = add(
        p,
        b=3,
    )
    items = [
        total,
        p,
        total + p,
    ]
    if (p > 0 and
            total > 0):
        total += 1
    return total, items

def empty():
    pass

sq = lambda n: n * n

def uses_lambda(k):
    return [sq(i) for i in range(k)][-1] + (lambda: k)()

sys.settrace(tracer)
r1 = outer(2)
sys.settrace(None)
dump(f"nested {r1}")

sys.settrace(tracer)
r2 = fact(3)
sys.settrace(None)
dump(f"recursion {r2}")

sys.settrace(tracer)
r3 = decorated(5)
sys.settrace(None)
dump(f"decorated {r3}")

sys.settrace(tracer)
r4 = documented()
r5 = semis()
r6 = empty()
sys.settrace(None)
dump(f"docstring/semis/pass {r4} {r5} {r6}")

sys.settrace(tracer)
r7 = multiline(4)
sys.settrace(None)
dump(f"multiline {r7}")

sys.settrace(tracer)
r8 = uses_lambda(3)
sys.settrace(None)
dump(f"lambda {r8}")
print("gettrace after:", sys.gettrace())
print("result", r1, r2, r3, r5, r7, r8)
