# sets of ints
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7, 8], (9,)), a.intersection(range(3)), a.difference({1}, {2}))
print({1, 2} <= a, {1, 2}.issubset(a), a.issuperset({1, 2}), a >= {1, 5}, {1, 2} < {1, 2}, {1} < {1, 2})
s = set()
print(s, len(s), set([3, 3, 1]), set(range(5)), set((0, 0, 0)))
s.add(5)
s.add(5)
s.add(1)
print(s, len(s))
s.discard(5)
s.discard(99)
print(s)
s.remove(1)
print(s)
s.update([1, 2], {3})
print(s)
one = {42}
print(one.pop(), one)
print({True, 1, 1.0} == {1}, len({True, 1}), {0, False} == {0}, {None, 1} == {1, None})
print({(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)})
print(sorted({10, 3, 7, -1}), sorted({"b", "a", "c"}))
print(5 in {5, 6}, 7 not in {5, 6}, sum({1, 2, 3}), max({4, 9, 2}), len({1, 2} | {3}))
c = {1, 2, 3}
c |= {4}
c &= {2, 3, 4}
c -= {3}
c ^= {4, 5}
print(c)
print({1, 2} == {2, 1}, {1, 2} != {1, 2, 3}, set() == set(), set() == {})
print({x % 3 for x in range(10)}, {x * x for x in range(-3, 4)})
print({0, 1, 2, 3, 4, 5, 6, 7}, {7, 6, 5, 4, 3, 2, 1, 0})
try:
    set().remove(1)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
