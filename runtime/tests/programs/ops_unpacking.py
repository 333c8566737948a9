# unpacking assignments
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, *rest = [1, 2, 3, 4]
print(x, rest)
*init, last = "hello"
print(init, last)
first, *mid, end = range(6)
print(first, mid, end)
p, *q = (9,)
print(p, q)
(m, n), o = (1, 2), 3
print(m, n, o)
[i, j], [k, l] = "ab", [3, 4]
print(i, j, k, l)
(aa, (bb, cc)), dd = ((1, (2, 3)), 4)
print(aa, bb, cc, dd)
s1, s2, s3 = "xyz"
print(s1, s2, s3)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
for idx, (ch, num) in enumerate(zip("ab", [10, 20])):
    print(idx, ch, num)
for h, *t in [(1, 2, 3), (4,), (5, 6)]:
    print(h, t)
u = v = w = 0
u += 1
print(u, v, w)
lst = [0, 0, 0]
lst[0], lst[2] = 5, 6
print(lst)
dct = {}
dct["a"], dct["b"] = "AB"
print(dct)
pairs = [(1, "one"), (2, "two")]
nums, names = zip(*pairs)
print(nums, names)
print(*[1, 2, 3], sep="-")
print(*"abc", *[1], *range(2))
merged = [*[1, 2], *(3,), *range(4, 6)]
print(merged, (*"ab", *"cd"), {**{"a": 1}, **{"b": 2, "a": 3}})
print({*[1, 2], *(2, 3)})
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, *c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
