# rich comparisons used by sorted/min/max/list.sort, reflection, == and != defaults
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    __hash__ = None

vs = [Version(s) for s in ["1.10", "1.2", "0.9.9", "1.2.0", "2.0", "1.2"]]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(min(vs), max(vs))
print(Version("1.2") == Version("1.2"), Version("1.2") != Version("1.3"), Version("1.0") == "1.0")
print(Version("1.0") < Version("1.1"), Version("2.0") > Version("1.9"))   # > reflects to __lt__
print(Version("1.0") >= Version("1.0"))                                    # >= reflects to __le__
vs.sort()
print(vs, vs.count(Version("1.2")), vs.index(Version("2.0")), Version("1.10") in vs)

# only __lt__ defined: sorting works, other operators do not
class Only:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Only({self.v})"
items = [Only(3), Only(1), Only(2)]
print(sorted(items), max(items), min(items))
try:
    Only(1) <= Only(2)
except TypeError as e:
    print(type(e).__name__, e)
# default equality is identity
o = Only(1)
print(o == o, o == Only(1), o != Only(1))

# comparisons returning non-bool values
class Sym:
    def __init__(self, n): self.n = n
    def __lt__(self, o): return f"({self.n} < {o.n})"
    def __eq__(self, o): return f"({self.n} == {o.n})"
print(Sym("a") < Sym("b"), Sym("a") == Sym("b"), Sym("a") > Sym("b"))
# chained comparisons call each operator once
calls = []
class Tr:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        calls.append((self.v, o.v))
        return self.v < o.v
print(Tr(1) < Tr(2) < Tr(3), Tr(1) < Tr(3) < Tr(2), calls)
print(max([Tr(5), Tr(9), Tr(2)], key=lambda t: -t.v).v)
