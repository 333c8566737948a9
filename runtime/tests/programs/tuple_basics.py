# tuples
t = (1, 2, 3)
print(t, (), (1,), (1, 2), tuple(), tuple([4, 5]), tuple("ab"), tuple(range(3)))
e = ()
s = (5,)
print(len(e), len(s), type(e).__name__, repr(s), str((1, "a", None)))
p = 1, 2
print(p, type(p).__name__)
print(t[0], t[-1], t[1:], t[::-1], t + (4,), t * 2, (0,) * 3)
print(t.index(2), t.count(1), 3 in t, 9 not in t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), (1, "a") == (1, "a"))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
a, b, c = t
print(a, b, c)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
x = (1, [2, 3])
x[1].append(4)
print(x)
print(min(t), max(t), sum(t), sorted((3, 1, 2)), list(reversed(t)))
u = t
u += (9,)
print(t, u, t is u)
print(tuple(x * x for x in range(4)))
try:
    t[0] = 5
except TypeError as ex:
    print("TypeError:", ex)
try:
    t[10]
except IndexError as ex:
    print("IndexError:", ex)
try:
    t.index(99)
except ValueError as ex:
    print("ValueError:", ex)
try:
    (1, 2) + [3]
except TypeError as ex:
    print("TypeError:", ex)
try:
    hash((1, [2]))
except TypeError as ex:
    print("TypeError:", ex)
