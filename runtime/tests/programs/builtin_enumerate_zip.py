# enumerate and zip
print(list(enumerate("abc")), list(enumerate("abc", start=1)), list(enumerate([], 5)))
print(list(enumerate(["x", "y"], -2)), list(enumerate(range(3), 10 ** 20)))
for i, (a, b) in enumerate(zip("xy", "pq")):
    print(i, a, b)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip([], [1])))
print(list(zip(range(3), range(10, 13), range(20, 23))))
print(dict(zip(["a", "b", "c"], range(3))))
keys, values = zip(*{"k1": 1, "k2": 2}.items())
print(keys, values)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
e = enumerate("ab")
print(next(e), next(e), next(e, "done"))
z = zip("abc", [1, 2])
print(next(z), list(z))
names = ["ann", "bob", "cy"]
ages = [30, 25, 41, 99]
for n, a in zip(names, ages):
    print(f"{n:>5}: {a}")
print([i * v for i, v in enumerate([5, 5, 5])])
