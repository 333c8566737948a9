# Generators under sys.settrace: every resumption is a 'call' event whose
# f_lineno is the line of the suspended yield (the def line the first
# time), every yield is a 'return' with the yielded value; send(), throw()
# caught inside, close() (GeneratorExit), yield from, and exhaustion.
import sys

def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == "return":
        print(f"  {name} return {frame.f_lineno} {arg!r}")
    elif event == "exception":
        print(f"  {name} exception {frame.f_lineno} {arg[0].__name__}: {arg[1]!r}")
    else:
        print(f"  {name} {event} {frame.f_lineno}")
    return tracer

def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

def accumulator():
    total = 0
    while True:
        got = yield total
        if got is None:
            break
        total += got
    return total

def resilient():
    caught = []
    while True:
        try:
            yield len(caught)
        except ValueError as e:
            caught.append(str(e))
        except GeneratorExit:
            caught.append("exit")
            raise

def sub(k):
    yield k
    yield k * 10
    return k + 1

def delegator():
    r = yield from sub(1)
    yield r
    return "deleg"

def plain():
    yield "only"

class Countdown:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Countdown({self.n})"
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

def exhaustion_kinds():
    # A generator returning None ends a for loop with no exception event;
    # a __next__ raising StopIteration gives one in both frames.
    seen = []
    for a in plain():
        seen.append(a)
    for b in Countdown(1):
        seen.append(b)
    seen.extend(plain())
    return seen

def consume_for():
    out = []
    for v in counter(2):
        out.append(v)
    return out

def drive_send():
    g = accumulator()
    first = next(g)
    a = g.send(5)
    b = g.send(7)
    try:
        g.send(None)
    except StopIteration as e:
        return [first, a, b, e.value]

def drive_throw_close():
    g = resilient()
    x = next(g)
    y = g.throw(ValueError("boom"))
    g.close()
    return [x, y]

def drive_yield_from():
    return list(delegator())

def early_stop():
    g = counter(5)
    v = next(g)
    g.close()
    return v

results = []
for f in [exhaustion_kinds, consume_for, drive_send, drive_throw_close, drive_yield_from, early_stop]:
    print("==", f.__name__)
    sys.settrace(tracer)
    r = f()
    sys.settrace(None)
    print("result", r)
    results.append(r)
print("all", results)
