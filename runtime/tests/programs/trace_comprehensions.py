# Comprehensions run as their own frames in 3.11 (<listcomp>, <dictcomp>,
# <setcomp>, <genexpr>): call/line/return events, the '.0' iterator
# argument in f_locals, nested comprehensions, multi-line comprehensions,
# generator expressions consumed by builtins and by next().
import sys

events = []
comp_locals = []

def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == "return":
        events.append(f"{name} return {frame.f_lineno} {arg!r}")
    elif event == "exception":
        events.append(f"{name} exception {frame.f_lineno} {arg[0].__name__}")
    else:
        events.append(f"{name} {event} {frame.f_lineno}")
    if event == "call" and name.startswith("<") and name != "<lambda>":
        comp_locals.append((name, sorted(frame.f_locals)))
    return tracer

def run(f, *args):
    sys.settrace(tracer)
    value = f(*args)
    sys.settrace(None)
    print("==", f.__name__, value)
    for e in events:
        print("  " + e)
    events.clear()
    return value

def double(v):
    return v * 2

def lists():
    return [double(x) for x in range(3) if x != 1]

def dicts_sets():
    d = {k: k * 2 for k in "ab"}
    s = {len(k) for k in ["x", "yy", "zz"]}
    return d, sorted(s)

def nested():
    return [[i * j for j in range(2)] for i in range(2)]

def multi_line():
    return [
        x + y
        for x in range(2)
        for y in (10, 20)
        if y > 10
    ]

def genexprs():
    total = sum(x for x in range(3))
    g = (c.upper() for c in "hi")
    first = next(g)
    rest = list(g)
    return total, first, rest

def any_short_circuit():
    # Closed explicitly: when a dropped generator is finalized differs
    # between runtimes (Coral does not finalize dropped generators yet).
    g = (v > 0 for v in [0, 5, 7])
    r = any(g)
    g.close()
    return r

def comp_raises():
    try:
        return [10 // x for x in [1, 0]]
    except ZeroDivisionError:
        return "div"

def uses_outer(k):
    return [k + i for i in range(2)]

results = [run(f) for f in [lists, dicts_sets, nested, multi_line, genexprs,
                            any_short_circuit, comp_raises]]
results.append(run(uses_outer, 5))
print("comprehension locals at call:")
for name, names in comp_locals:
    print(" ", name, names)
print("all", results)
