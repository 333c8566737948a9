# collections.deque: both ends, maxlen, rotate, extendleft, indexing, errors
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])        # reversed order
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
print(list(d), d.count(7), d.index(7), 8 in d)
d.remove(7)
d.reverse()
print(d)
d[0] = "first"
del d[1]
d.insert(2, "ins")
print(d)

bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
    print(list(bounded), end=" ")
print()
bounded.appendleft("L")
print(bounded, bounded.maxlen)
bounded.extend("xy")
print(bounded)
print(deque("abcdef", maxlen=2), deque(maxlen=0), deque(range(3), 5))

# sliding window average with maxlen
window = deque(maxlen=3)
avgs = []
for v in [10, 20, 30, 40, 50]:
    window.append(v)
    avgs.append(sum(window) / len(window))
print(avgs)
# equality, copy, clear, iteration while reversed
a = deque([1, 2])
b = a.copy()
b.append(3)
print(a == deque([1, 2]), a == [1, 2], a < b, list(reversed(b)), b + a, a * 2)
b.clear()
print(b, bool(b), bool(a))
for name, fn in [("pop", lambda: deque().pop()), ("popleft", lambda: deque().popleft()),
                 ("index", lambda: deque([1]).index(5)), ("remove", lambda: deque([1]).remove(2)),
                 ("getitem", lambda: deque([1])[3])]:
    try:
        fn()
    except (IndexError, ValueError) as e:
        print(name, type(e).__name__, e)
