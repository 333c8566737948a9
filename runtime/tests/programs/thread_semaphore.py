# Semaphore and BoundedSemaphore: counting, non-blocking and timed acquire,
# over-release, bad initial values, and a semaphore bounding concurrency.
import threading

s = threading.Semaphore(2)
print("acquire x2:", s.acquire(), s.acquire(blocking=False))
print("third nonblocking:", s.acquire(blocking=False))
print("third timed:", s.acquire(timeout=0.01))
s.release()
s.release()
s.release()
print("plain semaphore may exceed initial:", [s.acquire(False) for _ in range(4)])
s.release(3)
print("release(n):", [s.acquire(False) for _ in range(4)])
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
with threading.Semaphore(1) as r:
    print("with returns:", r)

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
with b:
    with b:
        print("bounded nested with:", b.acquire(blocking=False))
try:
    b.release()
except ValueError as e:
    print("ValueError again:", e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)

limit = threading.BoundedSemaphore(3)
guard = threading.Lock()
state = {"now": 0, "peak": 0}
done = []


def job(k):
    with limit:
        with guard:
            state["now"] += 1
            state["peak"] = max(state["peak"], state["now"])
        total = sum(i * k for i in range(2000))
        with guard:
            state["now"] -= 1
            done.append((k, total))


ts = [threading.Thread(target=job, args=(k,)) for k in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak within bound:", 1 <= state["peak"] <= 3, "now:", state["now"])
print("done:", sorted(done)[:3], len(done))
print("all permits back:", [limit.acquire(False) for _ in range(4)])
