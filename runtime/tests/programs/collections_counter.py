# collections.Counter: counting, most_common, arithmetic, update/subtract, elements, missing keys
from collections import Counter

c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], len(c), sum(c.values()))
print(c.most_common(2), c.most_common()[-1], c.most_common(0))
words = Counter("the quick the lazy the dog the end dog".split())
print(words.most_common(3))
print(sorted(words.elements())[:6])
print(list(Counter(a=2, b=0, c=-1, d=3).elements()))

a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, b - a)
print(a | b, a & b)
print(+Counter(x=2, y=-3, z=0), -Counter(x=2, y=-3))
a.update("aab")
a.update({"z": 5})
print(a)
a.subtract(Counter(a=10, q=1))
print(a)
print(a.total() if hasattr(a, "total") else sum(a.values()))

empty = Counter()
print(empty, empty.most_common(), bool(empty))
print(Counter([1, 1, 2, 3, 3, 3]) == Counter({3: 3, 1: 2, 2: 1}))
print(Counter(a=1) == Counter(a=1, b=0))
del c["a"]
print("a" in c, c)
# ties keep first-seen order in most_common
print(Counter("bbaacc").most_common())
# Counter from a generator and comparison with dict
letters = Counter(ch for ch in "Mississippi".lower() if ch != "s")
print(letters, dict(letters))
print(Counter(x % 3 for x in range(10)))
print(isinstance(c, dict), Counter("ab") + Counter(), repr(Counter()))
