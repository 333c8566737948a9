# threading.local, Timer, Barrier, get_native_id and __excepthook__: CPython
# 3.11 has them; Coral's threading module has none of them yet.
import threading

print("__excepthook__ is default:", threading.excepthook is threading.__excepthook__)
print("native id is int:", isinstance(threading.get_native_id(), int))

local = threading.local()
local.x = 1
seen = []


def touch():
    seen.append(hasattr(local, "x"))
    local.x = 2
    seen.append(local.x)


t = threading.Thread(target=touch)
t.start()
t.join()
print("local per thread:", seen, local.x)

fired = []
tm = threading.Timer(0.01, fired.append, args=("fired",))
tm.start()
tm.join()
cancelled = threading.Timer(5, fired.append, args=("never",))
cancelled.start()
cancelled.cancel()
cancelled.join()
print("timer:", fired)

barrier = threading.Barrier(3)
indices = []


def arrive():
    indices.append(barrier.wait())


ts = [threading.Thread(target=arrive) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("barrier indices:", sorted(indices), barrier.broken, barrier.n_waiting)
barrier.abort()
try:
    barrier.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", type(e).__mro__[1].__name__)
