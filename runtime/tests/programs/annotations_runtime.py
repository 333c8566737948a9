# Annotations as CPython 3.11 evaluates and stores them (without PEP 563):
# module and class bodies collect simple names in __annotations__, function
# definitions evaluate parameter annotations in CPython's order, function
# bodies never evaluate theirs.


def note(tag, value=None):
    print("evaluated", tag)
    return value if value is not None else tag


x: note("x-ann", int) = note("x-value", 5)
y: note("y-ann", str)
if True:
    z: note("z-ann", float) = 1.5
for _ in range(1):
    w: list
print(__annotations__)
print(x, "y" in globals(), z)


class Obj:
    pass


o = Obj()
o.attr: note("attr-ann") = 3
d = {}
d[note("key", "k")]: note("sub-ann") = 4
note("o", o).other: note("other-ann")
d[note("k1", 1):note("k2", 2), note("k3", 3)]: int
(paren): note("paren-ann", int) = 7
print(o.attr, d, paren, __annotations__)


class Base:
    a: int
    b: "list[int]" = []
    __private: note("private-ann", bytes)

    def method(self, p: note("p-ann", int), *args: note("args-ann", tuple), k: note("k-ann", str) = "d", **kw: dict) -> note("ret-ann", bool):
        local: note("never evaluated") = 1
        return local


class Child(Base):
    c: "Child"


print(Base.__annotations__)
print(Child.__annotations__, Child.b)
print(Base.method.__annotations__)
print(list(Base.__dict__).index("__annotations__") < list(Base.__dict__).index("a") if "a" in Base.__dict__ else "no a")


class Plain:
    pass


print(Plain.__annotations__, "__annotations__" in Plain.__dict__)


def order(b: note("b", 1), /, a: note("a", 2), *v: note("v", 3), k: note("k", 4), **kw: note("kw", 5)) -> note("r", 6):
    pass


print(order.__annotations__)


def bare(a, b=1):
    c: undefined_name = 3
    return c


print(bare(0), bare.__annotations__)
bare.__annotations__["a"] = int
print(bare.__annotations__)
bare.__annotations__ = {"q": 1}
print(bare.__annotations__)
del bare.__annotations__
print(bare.__annotations__)
try:
    bare.__annotations__ = [1]
except TypeError as e:
    print("TypeError:", e)
print((lambda q: q).__annotations__)


def outer():
    class Inner:
        v: int = 1
        u: "Inner"
    return Inner


print(outer().__annotations__)
