# frozenset
f = frozenset([1, 2, 3])
g = frozenset({3, 4})
print(f, g, frozenset(), frozenset(range(3)))
print(f | g, f & g, f - g, f ^ g)
print(type(f | {9}).__name__, type({9} | f).__name__)
print(f == {1, 2, 3}, f.issubset({1, 2, 3, 4}), f.issuperset([1]), 2 in f, len(f))
print(f.union([7]), f.intersection([2, 3, 9]), f.difference([1]), f.symmetric_difference([3, 5]))
d = {f: "frozen", frozenset(): "empty"}
print(d[frozenset([3, 2, 1])], d[frozenset()])
print(frozenset([1, 2]) == frozenset([2, 1]))
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
print(sorted(f), sum(f), max(f), min(f), list(frozenset([5])))
print(isinstance(f, frozenset), isinstance(f, set), bool(frozenset()))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
