# __hash__/__eq__ for dict and set keys; unhashable when __eq__ is defined alone
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"

d = {Point(1, 2): "a", Point(3, 4): "b"}
print(d[Point(1, 2)], Point(3, 4) in d, Point(5, 6) in d)
d[Point(1, 2)] = "replaced"
print(len(d), d)
s = {Point(0, 0), Point(0, 0), Point(1, 1)}
print(len(s), Point(1, 1) in s)

class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, other): return self.v == other.v
print(EqOnly.__hash__)
for action in ("set", "dict", "hash"):
    try:
        if action == "set":
            {EqOnly(1)}
        elif action == "dict":
            {EqOnly(1): 1}
        else:
            hash(EqOnly(2))
    except TypeError as e:
        print(action, type(e).__name__, e)

class Plain:
    pass
p = Plain()
print({p: 1}[p], hash(p) == hash(p), p in {p})

# hash collisions still need __eq__
class Collide:
    def __init__(self, v): self.v = v
    def __hash__(self): return 42
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f"C{self.v}"
cs = {Collide(1): "one", Collide(2): "two"}
print(cs[Collide(2)], len(cs), sorted(c.v for c in cs))
print(hash(Collide(9)))

# explicitly unhashable subclass, and restoring hashability in a subclass
class Unhash(Point):
    __hash__ = None
try:
    hash(Unhash(1, 1))
except TypeError as e:
    print(type(e).__name__, e)
class Rehash(Unhash):
    def __hash__(self): return 7
print(hash(Rehash(1, 1)), {Rehash(1, 1), Rehash(1, 1)})
# __hash__ returning a non-int
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
# a big hash result is reduced
class BigHash:
    def __hash__(self): return 2 ** 70
print(hash(BigHash()) == hash(2 ** 70))
