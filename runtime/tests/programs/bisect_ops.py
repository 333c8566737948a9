# bisect: bisect_left/bisect_right/bisect, insort variants, lo/hi bounds, key= (3.10+)
import bisect

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 3, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 4), bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 4, lo=1, hi=2))
print(bisect.bisect_left([], 5), bisect.bisect_right([], 5))

s = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(s, v)
print(s)
bisect.insort_left(s, 5)
bisect.insort_right(s, 5.0)
print(s)

def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(sc) for sc in [33, 99, 77, 70, 89, 90, 100, 60, 59]])

# membership test via bisect_left
def contains(sorted_list, x):
    i = bisect.bisect_left(sorted_list, x)
    return i < len(sorted_list) and sorted_list[i] == x
print(contains(a, 4), contains(a, 5), contains(a, 9), contains(a, 10))

# key= lookup on records sorted by a field
records = [("ann", 25), ("bob", 31), ("cy", 31), ("dee", 40)]
ages = lambda r: r[1]
print(bisect.bisect_left(records, 31, key=ages), bisect.bisect_right(records, 31, key=ages))
bisect.insort(records, ("eve", 30), key=ages)
print(records)
# strings and tuples
words = ["apple", "banana", "cherry"]
print(bisect.bisect(words, "blueberry"), bisect.bisect_left(words, "banana"))
pairs = [(1, "a"), (1, "c"), (2, "b")]
print(bisect.bisect_left(pairs, (1, "b")), bisect.bisect_right(pairs, (1,)))
try:
    bisect.bisect_left(a, 3, lo=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bisect.insort([1, 2], "x")
except TypeError as e:
    print(type(e).__name__, e)
