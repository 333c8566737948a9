# list comprehensions
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0])
print([x for x in range(20) if x % 2 if x % 3])
print([c.upper() for c in "hello" if c != "l"])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([x if x > 0 else 0 for x in [-2, -1, 0, 1, 2]])
print([len(w) for w in "the quick brown fox".split()])
print([i * j for i in range(1, 4) for j in range(i)])
print([[i] * i for i in range(4)])
print([s for s in ["a", "", "b", None, "c"] if s])
print([n for n in range(2, 40) if all(n % d for d in range(2, n))])
x = "outer"
r = [x for x in range(3)]
print(x, r)
words = ["apple", "Bob", "cat", "Dog"]
print([w for w in words if w[0].isupper()], [w[::-1] for w in words])
print([(i, c) for i, c in enumerate("abc")], [a + b for a, b in zip([1, 2], [10, 20])])
print([int(d) for d in str(2 ** 50)])
print([[]for _ in range(2)], [0 for _ in []])
data = [3, -1, 4, -1, 5, -9]
pos = [v for v in data if v > 0]
print(pos, sum(pos), [abs(v) for v in data])
