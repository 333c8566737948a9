# heapq's operations are builtins as in CPython (its C accelerator), and
# make exactly CPython's comparisons in CPython's order: checked with a
# key class that counts and logs its __lt__ calls, on small heaps and on
# one past 2500 items (CPython's cache-friendly heapify order).
import heapq

print(heapq.heappush, heapq.heappop, heapq.heapify, heapq.heapreplace, heapq.heappushpop)
print(type(heapq.heappush).__name__, heapq.heappop.__name__)

log = []


class K:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        K.calls += 1
        log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return f"K({self.v})"


def checksum(pairs):
    h = 0
    for a, b in pairs:
        h = (h * 31 + a * 7 + b) % 1000003
    return h


vals = [(i * 7919) % 101 for i in range(60)]
h = []
for v in vals:
    heapq.heappush(h, K(v))
print("push", K.calls, checksum(log))
out = [heapq.heappop(h).v for _ in range(10)]
print("pop", out, K.calls, checksum(log))
print("replace", heapq.heapreplace(h, K(50)).v, K.calls)
print("pushpop", heapq.heappushpop(h, K(-1)).v, heapq.heappushpop(h, K(1000)).v, K.calls)
print([k.v for k in h][:12])

log.clear()
K.calls = 0
big = [K((i * 2654435761) % 10007) for i in range(3001)]
heapq.heapify(big)
print("heapify 3001", K.calls, checksum(log), big[0].v)
log.clear()
small = [K((i * 37) % 101) for i in range(200)]
heapq.heapify(small)
print("heapify 200", K.calls, checksum(log), small[0].v)

print(heapq.nsmallest(3, [5, 1, 4, 2]), heapq.nlargest(2, [5, 1, 4, 2]))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))

# Errors, as the C module words them.
for f in (
    lambda: heapq.heappush([]),
    lambda: heapq.heappush(1, 2),
    lambda: heapq.heappop([]),
    lambda: heapq.heapify(()),
    lambda: heapq.heappush([], 1, 2),
    lambda: heapq.heapreplace([], 1),
    lambda: heapq.heappop(),
    lambda: heapq.heappushpop((), 1),
    lambda: heapq.heappop([], x=1),
    lambda: heapq.heappush([1, 2], "a"),
):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


# A comparison that changes the heap's size.
class Grower:
    def __init__(self, heap):
        self.heap = heap

    def __lt__(self, other):
        self.heap.append(Grower(self.heap))
        return True


g = []
g.append(Grower(g))
try:
    heapq.heappush(g, Grower(g))
except RuntimeError as e:
    print("RuntimeError:", e)
