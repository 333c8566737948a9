# sorted and reversed
print(sorted([5, 2, 9, 1]), sorted([5, 2, 9, 1], reverse=True), sorted("banana"), sorted((2, 1)))
print(sorted({"z": 1, "a": 2}), sorted({3, 1, 2}), sorted(range(5, 0, -1)), sorted([]))
print(sorted([-3, 1, -2], key=abs), sorted(["b", "A", "c"], key=lambda s: s.lower()))
recs = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: r[1], reverse=True))
orig = [3, 1, 2]
s = sorted(orig)
print(orig, s, s is orig)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(0, 10, 3))))
print("".join(reversed("stressed")), list(reversed([])), list(reversed({"a": 1, "b": 2})))
r = reversed([1, 2, 3])
print(next(r), list(r))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    sorted(5)
except TypeError as e:
    print("TypeError:", e)
