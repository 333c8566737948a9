# 'exception' events: raised and caught in one frame, propagating through
# frames (an exception event in each frame, then 'return' with None),
# try/except/else/finally, bare re-raise, an exception raised in finally.
import sys

def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == "return":
        print(f"  {name} return {frame.f_lineno} {arg!r}")
    elif event == "exception":
        print(f"  {name} exception {frame.f_lineno} {arg[0].__name__}: {arg[1]}")
    else:
        print(f"  {name} {event} {frame.f_lineno}")
    return tracer

def run(f, *args):
    print("==", f.__name__, args)
    sys.settrace(tracer)
    try:
        r = f(*args)
    except Exception as e:
        r = f"escaped {type(e).__name__}: {e}"
    sys.settrace(None)
    print("result", r)
    return r

def catch_local():
    try:
        raise ValueError("local")
    except ValueError as e:
        msg = str(e)
    return msg

def inner(v):
    if v < 0:
        raise KeyError(v)
    return v

def middle(v):
    r = inner(v)
    return r + 1

def top(v):
    try:
        return middle(v)
    except KeyError as e:
        return f"top caught {e}"

def full(v):
    log = []
    try:
        log.append("try")
        x = 10 // v
    except ZeroDivisionError:
        log.append("except")
    else:
        log.append(f"else {x}")
    finally:
        log.append("finally")
    return log

def reraise():
    try:
        int("x")
    except ValueError:
        raise

def finally_raises():
    try:
        raise IndexError("first")
    finally:
        {}["missing"]

def uncaught_div(a):
    return a / 0

def reraise_as():
    try:
        uncaught_div(1)
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e

def bare_in_loop():
    n = 0
    for i in range(3):
        try:
            if i == 1:
                raise TypeError("t")
            n += 1
        except TypeError:
            n += 10
    return n

out = [
    run(catch_local),
    run(top, 5),
    run(top, -1),
    run(full, 2),
    run(full, 0),
    run(reraise),
    run(finally_raises),
    run(reraise_as),
    run(bare_in_loop),
]
print("all", out)
