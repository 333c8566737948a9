# __slots__ entries are member_descriptor objects in the class namespace:
# data descriptors that read, write and delete the slot, with CPython's
# errors, name mangling and lookup order.


class Point:
    __slots__ = ("x", "y", "__secret")

    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.__secret = x * y

    def secret(self):
        return self.__secret


p = Point(2, 3)
print(Point.x, type(Point.x).__name__, Point.x.__name__, Point.x.__qualname__)
print(Point.x.__objclass__ is Point, Point.x.__doc__)
print(p.x, p.y, p.secret(), Point.x.__get__(p, Point), Point.x.__get__(p))
print(Point.x.__get__(None, Point) is Point.x)
print(sorted(k for k in Point.__dict__ if not k.startswith("__")))
print("_Point__secret" in dir(p), hasattr(p, "__dict__"))

Point.y.__set__(p, 10)
print(p.y)
Point.y.__delete__(p)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(p, "y", "default"), hasattr(p, "y"))


class Other:
    pass


for call in (
    lambda: Point.x.__get__(Other(), Other),
    lambda: Point.x.__set__(Other(), 1),
    lambda: Point.x.__delete__(Other()),
    lambda: Point.x.__get__(None, None),
    lambda: Point.x.__set__(p),
):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


# Subclasses: a class attribute or property in a subclass wins over the
# base's slot, as the MRO says; a subclass without __slots__ has a dict.
class Shadow(Point):
    x = "class attribute"


s = Shadow(1, 2)
print(s.x, s.y, s.__dict__)
s.x = "instance"
print(s.x, s.__dict__)


class Prop(Point):
    __slots__ = ()

    @property
    def x(self):
        return "property"


print(Prop(5, 6).x if False else "skip")


class Sub(Point):
    __slots__ = ("z",)


q = Sub(4, 5)
q.z = 6
print(q.x, q.y, q.z, Sub.z, Sub.x is Point.x, hasattr(q, "__dict__"))


# __dict__ and __weakref__ in __slots__ are not members.
class WithDict:
    __slots__ = ("a", "__dict__", "__weakref__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__, type(WithDict.a).__name__)

# The errors class creation raises.
for ns in (
    {"__slots__": ("x",), "x": 1},
    {"__slots__": ("__p",), "_Bad__p": 1},
    {"__slots__": ("not valid",)},
    {"__slots__": (1,)},
):
    try:
        type("Bad", (), ns)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# A member descriptor copied to another class does not apply there.
class Copy:
    x = Point.x


try:
    Copy().x
except TypeError as e:
    print("TypeError:", e)
print(repr(Sub.z), Sub.z.__qualname__)

# The argument counts of descriptor wrappers, as CPython words them.
for call in (
    lambda: Point.x.__get__(),
    lambda: Point.x.__get__(1, 2, 3),
    lambda: Point.x.__set__(p),
    lambda: Point.x.__delete__(),
    lambda: (2).__pow__(),
    lambda: (2).__pow__(1, 2, 3),
    lambda: {}.__setitem__(1),
    lambda: object().__setattr__("a"),
    lambda: object().__delattr__(),
    lambda: (lambda: 0).__get__(),
):
    try:
        call()
    except TypeError as e:
        print(repr(str(e)))
