# copy.copy and copy.deepcopy: containers, shared and recursive structure,
# instances (dict and slots), __copy__/__deepcopy__, __reduce__, registry.
import copy
import copyreg


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __repr__(self):
        return "Node(%r, %r)" % (self.value, self.children)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        return Custom(("shallow", self.v))

    def __deepcopy__(self, memo):
        return Custom(("deep", copy.deepcopy(self.v, memo)))


class Reduced:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reduced, (self.v + 1,))


class MyList(list):
    pass


inner = [1, 2]
outer = [inner, inner, {"k": inner}]
s = copy.copy(outer)
d = copy.deepcopy(outer)
print(s[0] is inner, d[0] is inner, d[0] is d[1], d[2]["k"] is d[0], d == outer)
rec = [1]
rec.append(rec)
r2 = copy.deepcopy(rec)
print(r2[1] is r2, r2 is not rec)
t = (1, "a", (2, 3))
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
tc = copy.deepcopy(tree)
print(tc, tc.children[0] is not tree.children[0], copy.copy(tree).children is tree.children)
sl = copy.copy(Slotted(5))
print(sl.a, hasattr(sl, "b"))
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom([1])).v)
print(copy.copy(Reduced(1)).v, copy.deepcopy(Reduced(10)).v)
ml = MyList([1, [2]])
mc = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc[1] is not ml[1])
print(copy.copy({1, 2}), copy.deepcopy({"a": {1, 2}}), copy.copy(len) is len, copy.deepcopy(Node) is Node)
memo = {}
a = [1]
copy.deepcopy([a, a], memo)
print(id(a) in memo)


class Reg:
    def __init__(self, v):
        self.v = v


copyreg.pickle(Reg, lambda r: (Reg, (r.v * 2,)))
print(copy.copy(Reg(3)).v, copy.deepcopy(Reg(4)).v)
print(copy.copy(ValueError("x")).args, copy.deepcopy(range(3)), copy.copy(b"ab"))
