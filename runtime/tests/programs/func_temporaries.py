# Functions that exist only for the duration of a call (lambdas called in
# place, closures returned and called at once), through every call path:
# plain, keywords, *args/**kwargs, defaults, generators, recursion.
print((lambda a, *, k: a + k)(1, k=2))
print((lambda: "no args")())
print((lambda x, y=5: x * y)(3))


def make():
    def inner(x, y=10, *rest, **kw):
        return x + y + len(rest) + len(kw)

    return inner


print(make()(1, 2, 3, 4, a=5))
print(make()(1))
print([(lambda *a, **k: (a, sorted(k)))(i, j=i) for i in range(3)])


def gen_of(n):
    def g():
        for i in range(n):
            yield i * i

    return g


print(sum(gen_of(5)()))
print(list(gen_of(3)()))


def deep(n, **kw):
    return 0 if n == 0 else 1 + deep(n - 1, **kw)


print(deep(300, a=1))


def counter():
    count = 0

    def step(by=1):
        nonlocal count
        count += by
        return count

    return step


c = counter()
print(c(), c(5), c(by=10))
print(sorted([3, 1, 2], key=lambda v: -v))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
args = (1, 2)
kwargs = {"y": 3}
print((lambda x, z, y: (x, y, z))(*args, **kwargs))
try:
    (lambda a: a)(1, 2)
except TypeError as e:
    print("TypeError:", e)
