# Tracing 'with' on user context managers (__enter__/__exit__ frames, the
# line events back on the with line when exiting), __exit__ that suppresses
# or not, StopIteration from next() caught, assert failures caught.
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

class Ctx:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        return "entered"
    def __exit__(self, typ, val, tb):
        if typ is None:
            return False
        return self.suppress

def with_ok():
    with Ctx(False) as v:
        x = v.upper()
    return x

def with_suppress():
    with Ctx(True):
        raise ValueError("hidden")
    return "after"

def with_propagate():
    with Ctx(False):
        raise ValueError("shown")
    return "unreached"

def with_return():
    with Ctx(False) as v:
        return len(v)

def nested_with():
    with Ctx(True) as a, Ctx(False) as b:
        n = len(a + b)
        raise KeyError(n)
    return "nested done"

def next_exhausted():
    it = iter([1])
    got = [next(it)]
    try:
        got.append(next(it))
    except StopIteration:
        got.append("stop")
    return got

def assert_fails(v):
    try:
        assert v > 0, f"bad {v}"
        return "ok"
    except AssertionError as e:
        return f"assert: {e}"

def assert_no_msg():
    try:
        assert []
    except AssertionError as e:
        return f"empty message {str(e)!r}"

out = [
    run(with_ok),
    run(with_suppress),
    run(with_propagate),
    run(with_return),
    run(nested_with),
    run(next_exhausted),
    run(assert_fails, 1),
    run(assert_fails, -2),
    run(assert_no_msg),
]
print("all", out)
