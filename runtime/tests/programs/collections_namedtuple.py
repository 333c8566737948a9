# collections.namedtuple: fields, repr, _replace, _asdict, _fields, _make, defaults, tuple behaviour
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, repr(p), str(p))
print(p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
x, y = p
print(x + y, p == (3, 4), p == Point(3, 4), hash(p) == hash((3, 4)))
q = p._replace(y=10)
print(q, p)
print(p._asdict(), type(p._asdict()).__name__)
print(Point._fields, Point._make([7, 8]), Point(y=1, x=2))
print(isinstance(p, tuple), type(p).__name__, Point.__name__)

Person = namedtuple("Person", "name age city")
people = [Person("ann", 31, "Oslo"), Person("bob", 25, "Rome"), Person("cy", 31, "Bern")]
print(sorted(people, key=lambda r: (r.age, r.name)))
print(max(people, key=lambda r: r.age).name, [r.city for r in people])
print(Person._fields)

Opt = namedtuple("Opt", "a b c", defaults=[2, 3])
print(Opt(1), Opt(1, 5), Opt._field_defaults)
Renamed = namedtuple("Renamed", ["ok", "def", "ok", "_x"], rename=True)
print(Renamed._fields)

class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)
v = Vec(1, 2) + Vec(3, -7)
print(v, v.norm1, v._replace(x=0))

for bad in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: p._replace(z=1), lambda: setattr(p, "x", 5),
            lambda: namedtuple("Bad", ["1abc"]), lambda: Point(1, 2, y=3)):
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(p * 2, p + (5,), p.count(3), p.index(4))
