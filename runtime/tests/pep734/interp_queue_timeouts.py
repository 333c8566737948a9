# Queue timeouts as CPython 3.14 reads them: int(timeout), so infinity is
# an OverflowError, NaN a ValueError, a fraction below one second no wait.
import concurrent.interpreters as ci

q = ci.create_queue()
for t in [float("inf"), float("nan"), -1, -0.5, 0.5, 0, [], "x"]:
    try:
        q.get(timeout=t)
    except Exception as e:
        print(repr(t), type(e).__name__, e)
full = ci.create_queue(1)
full.put(1)
for t in [float("inf"), -3, 0.2]:
    try:
        full.put(2, timeout=t)
    except Exception as e:
        print("put", repr(t), type(e).__name__, e)
q.put(1)
print(q.get(timeout=10**30))
