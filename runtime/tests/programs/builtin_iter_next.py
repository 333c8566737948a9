# iter and next
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
s = iter("ab")
print(next(s), next(s), next(s, "exhausted"))
d = iter({"k1": 1, "k2": 2})
print(next(d), list(d))
r = iter(range(3))
print(list(r), list(r))
t = iter((9, 8))
for v in t:
    print("loop", v)
print(next(t, "empty"))
it2 = iter([10, 20, 30, 40])
pairs = list(zip(it2, it2))
print(pairs)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration caught", repr(e), e.args)
it3 = iter([1])
next(it3)
try:
    next(it3)
except StopIteration:
    print("second StopIteration")
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
a = [1, 2, 3]
i = iter(a)
a.append(4)
print(list(i))
m = iter(map(str, [1, 2]))
print(next(m), next(m), next(m, "-"))
print(iter(it) is it)
