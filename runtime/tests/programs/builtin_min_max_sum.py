# min, max, sum
print(min(3, 1, 2), max(3, 1, 2), min([5, 2, 8]), max((5, 2, 8)), min("hello"), max(range(7)))
print(min([3, -4, 2], key=abs), max(["aa", "b", "cccc", "dd"], key=len), min("b", "a", "c", key=lambda c: -ord(c)))
print(max([], default=None), min([], default="nothing"), max([1], default=0), max((), default=-1))
print(max([1, 3, 3, 2], key=lambda v: v % 3), max([(1, "b"), (1, "a")]), min([[2], [1, 5]]))
print(max("apple", "banana", "cherry", key=lambda s: s[-1]))
ties = ["bb", "aa", "cc"]
print(max(ties, key=len), min(ties, key=len))
print(max(1, 2.5, True), min(0, -0.0, False), max(2 ** 100, 1e30), min(-1e30, -(2 ** 100)))
print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 10), sum([1.5, 2.5]), sum(range(101)))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([True, True, False]), sum([1, 2.0]))
print(sum([2 ** 64, 2 ** 64]), sum([-1] * 5, start=5))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
