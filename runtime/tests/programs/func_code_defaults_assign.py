# Assigning a function's __defaults__, __kwdefaults__ and __code__, and what
# calls see afterwards, including a frame that is running when its code is
# replaced.


def f(a, b=1, c=2):
    return a + b * 10 + c * 100


print(f.__defaults__, f(0))
f.__defaults__ = (7, 8)
print(f.__defaults__, f(0), f(0, 1))
f.__defaults__ = (5,)
print(f.__defaults__, f(0, 1))
try:
    f(0)
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = None
print(f.__defaults__)
try:
    f.__defaults__ = [1, 2]
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = (3, 4)
del f.__defaults__
print(f.__defaults__)
f.__defaults__ = ()
print(f.__defaults__)

# Defaults are read at each call, also in a hot loop.
f.__defaults__ = (1, 1)
total = 0
for i in range(3000):
    if i == 1500:
        f.__defaults__ = (2, 2)
    total += f(i)
print("total", total)


def k(a, *, key=1, other="x"):
    return (a, key, other)


print(k.__kwdefaults__, k(0))
k.__kwdefaults__ = {"key": 9, "other": "y"}
print(k(0), k(0, key=3))
k.__kwdefaults__ = None
print(k.__kwdefaults__)
try:
    k(0)
except TypeError as e:
    print("TypeError:", e)
try:
    k.__kwdefaults__ = [("key", 1)]
except TypeError as e:
    print("TypeError:", e)


def plus(x):
    return x + 1


def times(x):
    return x * 3


print(plus(5), times(5))
plus.__code__ = times.__code__
print(plus(5), plus.__name__, plus.__code__.co_name)
try:
    plus.__code__ = 42
except TypeError as e:
    print("TypeError:", e)
try:
    del plus.__code__
except TypeError as e:
    print("TypeError:", e)


def outer():
    y = 10

    def inner(x):
        return x + y

    return inner


closure = outer()
try:
    closure.__code__ = times.__code__
except ValueError as e:
    print("ValueError:", e)
try:
    times.__code__ = closure.__code__
except ValueError as e:
    print("ValueError:", e)
print(closure(1), times(2))


# A running frame keeps the code it started with.
def runner(n):
    if n == 0:
        runner.__code__ = replacement.__code__
        return "swapped"
    inner_result = runner(n - 1)
    return "old %d %s" % (n, inner_result)


def replacement(n):
    return "new %d" % n


print(runner(3))
print(runner(3))


# A generator function's code swapped for another generator's.
def gen_a():
    yield 1
    yield 2


def gen_b():
    yield "b"


g = gen_a()
print(next(g))
gen_a.__code__ = gen_b.__code__
print(list(gen_a()), next(g), list(g))

# Swapping back and forth between the same codes.
for _ in range(100):
    plus.__code__ = times.__code__
    plus.__code__ = replacement.__code__
print(plus(4))

# Other attributes: set and deleted.
plus.tag = "t"
print(plus.tag)
del plus.tag
print(hasattr(plus, "tag"))
try:
    del plus.tag
except AttributeError as e:
    print("AttributeError:", e)

# The defaults are the function's own objects: reading them twice gives the
# same tuple, and changing the kw-defaults dict changes the calls.
def kd(a, *, key=1):
    return (a, key)


d = kd.__kwdefaults__
d["key"] = 5
print(kd(0), kd.__kwdefaults__ is d)


def pd(a, b=2):
    return a + b


print(pd.__defaults__ is pd.__defaults__, pd.__defaults__)
