# str, repr, bool, list, tuple, dict, set, frozenset constructors
vals = [0, -3, 2.5, -0.0, "s", "", None, True, [1, "a"], (1,), {"k": [1]}, {2}, range(3), 10 ** 20, 1e-7]
for v in vals:
    print(str(v), repr(v), bool(v))
print(str(), repr(str()), list(), tuple(), dict(), set(), frozenset())
print(list("abc"), list((1, 2)), list({1: "a", 2: "b"}), list(range(-2, 2)), list({5}))
print(tuple([1, 2]), tuple("xy"), tuple(range(3)), tuple({"a": 1}))
print(dict([(1, 2), (3, 4)]), dict([["a", 1]]), dict(x=1, y=2), dict({"a": 1}, b=2), dict([("k", 1), ("k", 2)]))
print(set([1, 1, 2]), set(range(3)), set((5, 5)), frozenset([3, 3, 1]), set({1: 2}))
print(str(1 / 3), repr(1 / 3), str(1e100), str(-2 ** 64))
print(repr("a'b"), repr('a"b'), repr("a'b\"c"), str("a'b"))
print(repr([1, "2", 3.0, None, (4,), {"5": 6}]))
print(repr(()), repr((1,)), repr([]), repr({}), repr(set()), repr(frozenset()))
print(str([" ", "\t"]), str(("\n",)))
print(list(map(str, [1.0, 2.50, 3e20, 1e-4])))
nested = [[1, [2, (3, {4: {5}})]]]
print(nested, str(nested) == repr(nested))
print(bool(" "), bool("0"), bool("False"), bool(0.0))
