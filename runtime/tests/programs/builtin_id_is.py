# id() comparisons only (never printing ids)
a = [1, 2]
b = a
c = list(a)
print(id(a) == id(b), id(a) == id(c), id(a) != id(c))
def identity(x):
    return x
print(id(identity(a)) == id(a), identity(a) is a)
d = {"k": a}
print(id(d["k"]) == id(a))
t = (a, a)
print(id(t[0]) == id(t[1]), t[0] is t[1])
lst = [a] * 3
print(all(id(x) == id(a) for x in lst))
copy = a[:]
print(id(copy) == id(a), copy == a)
n = None
print(id(n) == id(None), id(True) == id(1 == 1))
s = "text"
s2 = s
print(id(s) == id(s2))
a.append(3)
print(b, id(a) == id(b))
a = a + [4]
print(b, id(a) == id(b))
