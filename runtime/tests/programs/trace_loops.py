# Line events in loops: for/while headers revisited each iteration,
# break/continue/else, nested loops, one-line loop bodies, zero- and
# one-iteration loops, while True with break.
import sys

def tracer(frame, event, arg):
    if event == "return":
        print(f"  {frame.f_code.co_name} return {frame.f_lineno} {arg!r}")
    else:
        print(f"  {frame.f_code.co_name} {event} {frame.f_lineno}")
    return tracer

def run(f, *args):
    print("==", f.__name__)
    sys.settrace(tracer)
    r = f(*args)
    sys.settrace(None)
    print("result", r)
    return r

def for_range(n):
    s = 0
    for i in range(n):
        s += i
    return s

def for_list_if(xs):
    evens = []
    for x in xs:
        if x % 2 == 0:
            evens.append(x)
        else:
            continue
    return evens

def while_break_continue():
    i = 0
    while i < 6:
        i += 1
        if i == 2:
            continue
        if i == 4:
            break
    else:
        i = -1
    return i

def while_else(n):
    while n > 0:
        n -= 1
    else:
        n = 100
    return n

def for_else_found(xs, target):
    for x in xs:
        if x == target:
            break
    else:
        return "missing"
    return "found"

def nested(n):
    out = []
    for i in range(n):
        for j in range(i):
            out.append((i, j))
    return out

def one_line(n):
    x = 0
    for i in range(n): x += i
    while x > 2: x -= 2
    while x > 5: x -= 5
    return x

def zero_and_one():
    hits = 0
    for i in []:
        hits += 100
    for i in [7]:
        hits += i
    while False:
        hits += 1000
    return hits

def while_true():
    k = 0
    while True:
        k += 3
        if k > 5:
            break
    return k

results = [
    run(for_range, 3),
    run(for_list_if, [1, 2, 3, 4]),
    run(while_break_continue),
    run(while_else, 2),
    run(for_else_found, [1, 2], 2),
    run(for_else_found, [1], 5),
    run(nested, 3),
    run(one_line, 4),
    run(one_line, 5),
    run(zero_and_one),
    run(while_true),
]
print("all", results)
