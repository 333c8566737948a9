# The global tracer's return value picks the local tracer: a different
# function per frame, None (no line/return/exception events for that frame,
# but calls it makes are still traced), a local tracer returning None from a
# 'line' event (kept in 3.11), frame.f_trace replaced from inside a tracer,
# and frame.f_trace_lines = False.
import sys

log = []

def local_a(frame, event, arg):
    log.append(f"A {frame.f_code.co_name} {event} {frame.f_lineno}")
    return local_a

def local_b(frame, event, arg):
    log.append(f"B {frame.f_code.co_name} {event} {frame.f_lineno}")
    return None

def local_switch(frame, event, arg):
    # Assigns f_trace at the line after 'x = 1'. Returning None keeps the
    # assignment; returning a tracer overwrites it again.
    log.append(f"S {frame.f_code.co_name} {event} {frame.f_lineno}")
    if event == "line" and frame.f_locals.get("x") == 1:
        frame.f_trace = local_a
        if frame.f_code.co_name == "switch_move":
            return None
    return local_switch

def no_lines(frame, event, arg):
    extra = arg[0].__name__ if event == "exception" else repr(arg)
    log.append(f"N {frame.f_code.co_name} {event} {frame.f_lineno} {extra}")
    return no_lines

def chooser(frame, event, arg):
    name = frame.f_code.co_name
    log.append(f"G {name} {event} {frame.f_lineno}")
    if name == "alpha":
        return local_a
    if name == "beta":
        return local_b
    if name == "switch_move" or name == "switch_keep":
        return local_switch
    if name == "quiet":
        frame.f_trace_lines = False
        return no_lines
    return None

def gamma(n):
    t = n * 3
    return t

def alpha(n):
    v = n + 1
    return gamma(v)

def beta(n):
    w = n - 1
    w *= 2
    return w

def skipped(n):
    a = alpha(n)
    return a + 1

def switch_move():
    x = 0
    x = 1
    x = 2
    return x

def switch_keep():
    x = 0
    x = 1
    x = 2
    return x

def quiet(n):
    try:
        k = n // 0
    except ZeroDivisionError:
        k = -1
    return k

def run(f, *args):
    sys.settrace(chooser)
    r = f(*args)
    sys.settrace(None)
    print("==", f.__name__, args, "->", r)
    for line in log:
        print("  " + line)
    log.clear()
    return r

results = [
    run(alpha, 1),
    run(beta, 5),
    run(skipped, 2),
    run(switch_move),
    run(switch_keep),
    run(quiet, 4),
]

def set_trace_in_frame(frame, event, arg):
    # A global tracer that sets f_trace itself and returns None: the frame
    # keeps the local tracer that was assigned.
    frame.f_trace = local_a
    return None

sys.settrace(set_trace_in_frame)
results.append(beta(10))
sys.settrace(None)
print("== f_trace assigned, None returned")
for line in log:
    print("  " + line)
print("all", results)
