# generator expressions everywhere: as sole argument, in builtins, nested, scoping, laziness
data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]
print(sum(x for x in data))
print(max(x % 7 for x in data), min((x for x in data if x > 3), default=None))
print(sorted((x * x for x in set(data)), reverse=True))
print(any(x > 8 for x in data), all(x > 0 for x in data))
print("".join(str(x) for x in data if x % 2))
print(list(x for x in range(5)), tuple(c.upper() for c in "abc"), set(x % 3 for x in data) == {0, 1, 2})
print(dict((k, len(k)) for k in ["aa", "b", "cccc"]))
print(sum(x * y for x, y in zip(data, reversed(data))))
print(list((i, j) for i in range(3) for j in range(i)))
print(list(x for row in [[1, 2], [3], []] for x in row if x != 2))

gen = (x * 2 for x in data)
print(type(gen).__name__, next(gen), next(gen), list(gen), list(gen))

# laziness: the source is read when the generator advances
src = [1, 2, 3]
lazy = (x * 10 for x in src)
src.append(4)
print(list(lazy))
# but the outermost iterable is evaluated immediately
src2 = [1, 2]
g2 = (x for x in src2)
src2 = [9, 9, 9]
print(list(g2))
# side effects happen on demand
log = []
def noisy(x):
    log.append(x)
    return x
g3 = (noisy(x) for x in range(5))
print(log, next(g3), next(g3), log)

# generator expression scoping: loop variable does not leak
x = "outer"
total = sum(x for x in range(4))
print(x, total)
# nested generator expressions
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(sum(v for v in row) for row in matrix))
print(list(list(row[i] for row in matrix) for i in range(3)))
print(sum(1 for _ in (y for y in range(100) if y % 7 == 0)))
# genexp with conditional expression and method calls
words = ["Apple", "bob", "Civic", "dog"]
print(list(w.lower() if w[0].isupper() else w.upper() for w in words))
print(next((w for w in words if w.lower() == w.lower()[::-1]), None))
print(str(list(map(lambda g: sum(g), ((i, i) for i in range(3))))))
try:
    sum(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
