# yield from: delegation, return values, nested delegation, delegating to iterables
def inner(n):
    for i in range(n):
        yield i
    return f"inner done with {n}"

def outer():
    r1 = yield from inner(2)
    print("  r1 =", r1)
    r2 = yield from inner(3)
    print("  r2 =", r2)
    return r1 + " / " + r2

g = outer()
print(list(g))

def capture():
    result = yield from outer()
    yield "final: " + result
print(list(capture()))

def flatten(obj):
    if isinstance(obj, list):
        for item in obj:
            yield from flatten(item)
    else:
        yield obj
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))

def from_iterables():
    yield from "ab"
    yield from [1, 2]
    yield from (x * 10 for x in range(2))
    yield from {"k": 1}
    yield from range(3, 0, -1)
    r = yield from []
    yield r
print(list(from_iterables()))

def tree(depth, prefix="n"):
    if depth == 0:
        return 1
    yield prefix
    total = 1
    total += yield from tree(depth - 1, prefix + "L")
    total += yield from tree(depth - 1, prefix + "R")
    return total
t = tree(3)
names = []
try:
    while True:
        names.append(next(t))
except StopIteration as e:
    print(names)
    print("node count", e.value)

def counted(gen):
    n = 0
    for x in gen:
        n += 1
        yield x
    return n
def report():
    n = yield from counted(iter("hello"))
    yield n
print(list(report()))
try:
    def bad():
        yield from 5
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)
