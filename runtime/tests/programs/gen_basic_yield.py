# generator functions: lazy execution, state between yields, multiple generators, return ends
def numbers(n):
    print("  start")
    for i in range(n):
        print("  yielding", i)
        yield i
    print("  end")

g = numbers(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(list(g))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])

def early(items):
    for x in items:
        if x < 0:
            return
        yield x
print(list(early([3, 1, -1, 5])))

def yields_expressions():
    x = yield          # yields None
    yield 1 + 2
    yield [i for i in range(3)]
    yield (yield "nested")
print(list(yields_expressions()))

# independent generator objects
g1, g2 = numbers(2), fib()
print(next(g1), next(g2), next(g2), next(g1))
# generator used by builtins
print(sum(x * x for x in early([1, 2, 3])), max(early([4, 9, 2])), sorted(early([3, 1, 2]), reverse=True))
print(dict(zip("abc", fib())), list(enumerate(early([7, 8]))))
# generator function attributes
print(numbers.__name__, g1.__name__ if hasattr(g1, "__name__") else "-", g1.__qualname__)
def empty():
    return
    yield
print(list(empty()), next(empty(), "default"))
def is_gen():
    if False:
        yield
print(type(is_gen()).__name__, list(is_gen()))
