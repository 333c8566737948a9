# __slots__: restricted attributes, no __dict__, inheritance behaviour
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"))
q = Point.__new__(Point)
try:
    print(q.x)
except AttributeError as e:
    print(type(e).__name__, e)
del p.y
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 5
print(p.x, p.y, Point.__slots__)

class P3(Point):
    __slots__ = ("z",)
r = P3(1, 2)
r.z = 3
print(r.x, r.y, r.z, hasattr(r, "__dict__"))
try:
    r.w = 4
except AttributeError as e:
    print(type(e).__name__, e)

class Loose(Point):     # no __slots__ -> gets a __dict__
    pass
l = Loose(0, 0)
l.anything = "fine"
print(l.anything, l.__dict__)

class Single:
    __slots__ = "only"
s = Single()
s.only = 1
print(s.only)
try:
    s.other = 2
except AttributeError as e:
    print(type(e).__name__, e)

class WithDefault:
    __slots__ = ("a",)
    b = "class attr"
w = WithDefault()
print(w.b)
try:
    w.b = "new"
except AttributeError as e:
    print(type(e).__name__, e)
