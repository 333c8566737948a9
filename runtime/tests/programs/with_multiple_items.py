# with statements with several items: enter order, reverse exit order, partial failure
class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError(f"cannot enter {self.name}")
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress

with CM("a") as a, CM("b") as b, CM("c") as c:
    print("body", a, b, c)

with CM("x") as x, CM("y"):
    print("body2", x)

# parenthesized form (3.10+)
with (
    CM("p") as p,
    CM("q") as q,
):
    print("body3", p + q)

# an exception in the body goes through every __exit__, innermost first
try:
    with CM("one"), CM("two"), CM("three"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

# the middle manager suppresses: outer sees no exception
with CM("outer"), CM("middle", suppress=True), CM("inner"):
    raise KeyError("k")
print("continued")

# failure while entering the second item: only the first is exited
try:
    with CM("first"), CM("second", fail_enter=True), CM("third"):
        print("never")
except RuntimeError as e:
    print("caught", e)

# targets can be any assignment target
class Holder:
    pass
h = Holder()
d = {}
with CM("attr") as h.value, CM("item") as d["key"], CM("tuple") as (t1, *rest):
    pass
print(h.value, d, t1, rest)
# the same manager object used twice in one statement
shared = CM("shared")
with shared as s1, shared as s2:
    print(s1 == s2)
