# itertools.accumulate (with func and initial) and zip_longest (with fillvalue)
import operator
from itertools import accumulate, zip_longest

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)), list(accumulate([3, 1, 4, 1, 5], min)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=0)), list(accumulate([])))
print(list(accumulate("abc")), list(accumulate([[1], [2], [3]])))
print(list(accumulate([5, 3, 8], lambda acc, x: acc * 10 + x)))
print(list(accumulate(range(1, 6), func=lambda a, b: a - b, initial=0)))
print(list(accumulate([0.1] * 5)))
# running balance
txns = [100, -20, -50, 300, -80]
print(list(accumulate(txns, initial=0)))
# compound interest (integers to stay exact)
print(list(accumulate(range(5), lambda bal, _: bal * 105 // 100, initial=1000)))

print(list(zip_longest("abc", [1, 2])))
print(list(zip_longest("ab", [1, 2, 3, 4], fillvalue="-")))
print(list(zip_longest("a", "bc", "def", fillvalue=0)))
print(list(zip_longest()), list(zip_longest([], [])), list(zip_longest("xy")))
print(list(zip(*zip_longest("abc", "de", fillvalue="?"))))
# transposing a ragged matrix
rows = [[1, 2, 3], [4], [5, 6]]
print([list(col) for col in zip_longest(*rows, fillvalue=None)])
# comparing two versions of a text line by line
old = "alpha\nbeta\ngamma".splitlines()
new = "alpha\nBETA\ngamma\ndelta".splitlines()
for i, (a, b) in enumerate(zip_longest(old, new, fillvalue="<none>"), 1):
    print(i, "same" if a == b else f"{a} -> {b}")
try:
    zip_longest("a", fill=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(accumulate([1, "a"]))
except TypeError as e:
    print(type(e).__name__, e)
