# Tracing deopts: installing a trace function invalidates every executor,
# traced code runs in tier 1 with exactly CPython's events (no hot spot is
# compiled while a trace function is installed), and removing it lets the
# hot loops be optimized again. Under python3 (no _coral) only the printed
# results and event counts are compared.
import sys

try:
    import _coral
except ImportError:
    _coral = None

ON = _coral is not None and _coral.optimizer() != "none"
if _coral is not None:
    _coral.set_hot_threshold(8)


def hot(n):
    t = 0
    i = 0
    while i < n:
        t += i % 5
        i += 1
    return t


def executors():
    return _coral.executors(hot) if ON else []


events = {}


def tracer(frame, event, arg):
    if frame.f_code.co_name == "hot":
        key = (event, frame.f_lineno)
        events[key] = events.get(key, 0) + 1
        return tracer
    return None


base = hot(5000)
print("untraced", base)
if ON:
    assert executors(), "the hot loop has an executor"
    created = _coral.stats()["executors_created"]

sys.settrace(tracer)
if ON:
    assert executors() == [], "installing a trace function invalidates"
traced = hot(500)
if ON:
    assert executors() == [], "nothing is compiled while tracing"
    assert _coral.stats()["executors_created"] == created
sys.settrace(None)
print("traced", traced)
for key in sorted(events):
    print(" ", key, events[key])

again = hot(5000)
print("untraced again", again, again == base)
if ON:
    assert executors(), "removing the trace function lets it re-optimize"
    assert _coral.stats()["executors_created"] > created
# A thread that ends while tracing leaves no code instrumented: the hot
# loop is optimized again afterwards.
import threading


def trace_and_leave():
    sys.settrace(tracer)
    hot(100)


t = threading.Thread(target=trace_and_leave)
t.start()
t.join()
if ON:
    _coral.invalidate_all()
last = hot(5000)
print("after a tracing thread", last == base)
if ON:
    assert executors(), "a finished tracing thread leaves no instrumentation"
print("ok")
