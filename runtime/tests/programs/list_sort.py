# sort and sorted: keys, reverse, stability
data = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(data))
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: (-p[1], p[0])))
by_age = sorted(data, key=lambda p: p[1])
stable = sorted(by_age, key=lambda p: p[0][0] < "c")
print(stable)
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
print(sorted(nums, reverse=True), nums)
nums.sort(key=lambda n: n % 3)
print(nums)
words = "The quick brown fox Jumps over the lazy dog".split()
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted("hello world"), sorted([]), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}))
print(sorted([[2, 1], [1, 2], [1, 1], [2]]))
print(sorted([1.5, 1, True, 0.5, False]))
print(sorted([3, 1, 2], key=None), sorted(range(5), key=lambda x: -x))
eq = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e")]
print(sorted(eq, key=lambda t: t[0]), sorted(eq, key=lambda t: t[0], reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    [None, 1].sort()
except TypeError as e:
    print("TypeError:", e)
