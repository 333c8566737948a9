# sorted() and list.sort() make CPython's comparisons in CPython's order
# (timsort: runs, binary insertion, galloping merges, powersort policy).
import random

log = []

class K:
    __slots__ = ("v",)
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v

def trace(values, **kw):
    del log[:]
    out = [k.v for k in sorted([K(v) for v in values], **kw)]
    return out, len(log), hash(tuple(log)) & 0xFFFFFFFF

print(trace([3, 1, 2, 5, 4]))
print(log)
rng = random.Random(5)
for n in (2, 10, 63, 64, 65, 130, 500, 2000):
    data = [rng.randrange(50) for _ in range(n)]
    print(n, trace(data)[1:], trace(data, reverse=True)[1:])
# Structured data: long runs make the merges gallop.
runs = list(range(300)) + list(range(150, 450)) + list(range(600, 0, -3))
print(trace(runs)[1:])
blocks = [i // 7 for i in range(700)]
rng.shuffle(blocks)
print(trace(blocks)[1:], trace(blocks, key=lambda k: -k.v)[1:])

# Stability and max/min's own order.
pairs = [(rng.randrange(5), i) for i in range(100)]
ks = [K(p) for p in pairs]
print([k.v for k in sorted(ks)][:10])
del log[:]
print(max(K(v) for v in [1, 3, 2]).v, min(K(v) for v in [1, 3, 2]).v, log)

# A comparison that raises leaves the list a permutation.
class Bad:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Bad.calls += 1
        if Bad.calls == 200:
            raise ValueError("no order")
        return self.v < other.v
items = [Bad(v) for v in range(300, 0, -1)]
rng.shuffle(items)
try:
    items.sort()
except ValueError as e:
    print(e, Bad.calls, sorted(b.v for b in items) == list(range(1, 301)))
