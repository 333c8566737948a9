# Wrong answers an adversarial run found (issue 22, defect 10): a set updated
# from a generator that changes the set, and a __defaults__ tuple longer
# than the parameters. CPython's answers, and its error messages.
s = {1, 2}
def g():
    yield 3
    s.add(100)
    yield 4
s.update(g())
print(sorted(s))

t = set()
def h():
    t.add('a')
    yield 'b'
    t.discard('a')
    yield 'c'
t.update(h())
print(sorted(t))

u = {1}
def k():
    u.add(2)
    yield 3
u |= set(k())
print(sorted(u))

def f(a, b=2):
    return a, b
f.__defaults__ = (10, 20, 30)
print(f(1))
print(f.__defaults__)
f.__defaults__ = (7,)
print(f(1))
def f2(a, b=2, *args, c=5):
    return a, b, args, c
f2.__defaults__ = (1, 2, 3)
print(f2())
f2.__defaults__ = ()
try:
    f2()
except TypeError as e:
    print(e)
def f3(a, b=2): return a, b
f3.__defaults__ = (10, 20, 30)
try:
    f3(1, 2, 3)
except TypeError as e:
    print(e)
def g3(a): return a
g3.__defaults__ = (1, 2)
try:
    g3(1, 2)
except TypeError as e:
    print(e)
print(g3(), g3(5))
def k3(a, b, *, c=3): return a, b, c
k3.__defaults__ = (7, 8, 9, 10)
print(k3(), k3(1), k3(1, c=4))
def rec(n, acc=0):
    return acc if n == 0 else rec(n - 1, acc + n)
rec.__defaults__ = (5, 100)
print(rec(), rec(3))
class Key:
    def __init__(self, v, box):
        self.v = v
        self.box = box
    def __hash__(self):
        self.box.add(-self.v)
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
box = set()
box.update([Key(1, box), Key(2, box)])
print(sorted(k if isinstance(k, int) else k.v * 1000 for k in box))
w = {1, 2, 3}
w.update(w)
w.update(frozenset({4}), {5: 'x'}, [6], (i for i in range(7, 9)))
print(sorted(w))
seen = []
v = {0}
def watch():
    for i in range(1, 4):
        seen.append(len(v))
        yield i
v.update(watch())
print(seen, sorted(v))
l = [1, 2]
def g():
    l.append(100)
    yield 3
    yield 4
l.extend(g())
print(l)
d = {1: 1}
def h():
    d[5] = 5
    yield (2, 2)
d.update(h())
print(d)
l2 = [1]
def g2():
    yield l2.pop()
    yield 9
l2.extend(g2())
print(l2)
l3 = [3, 1, 2]
l3 += (x for x in [7, l3.append(0)])
print(l3)
