# dict and set comprehensions
print({x: x * x for x in range(6)})
print({k: v for k, v in zip("abc", [1, 2, 3])})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({w: len(w) for w in "one three five seven".split() if len(w) > 3})
print({x % 5 for x in range(20)})
print({x * x for x in range(-4, 5)})
print({(x, x % 2) for x in range(4)} == {(0, 0), (1, 1), (2, 0), (3, 1)})
counts = {c: "mississippi".count(c) for c in "mississippi"}
print(counts)
matrix = {(i, j): i * j for i in range(3) for j in range(3) if i <= j}
print(matrix)
print({k: [i for i in range(k)] for k in range(4)})
print(sorted({w.lower() for w in ["A", "a", "B", "b", "C"]}))
print({n: ("even" if n % 2 == 0 else "odd") for n in range(5)})
print({}, {x: x for x in []}, {x for x in []})
inverted = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
print({i: i ** 2 for i in range(3)} == dict(zip(range(3), [0, 1, 4])))
