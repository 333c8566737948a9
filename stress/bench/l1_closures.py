# l1_closures: higher-order functions, lambdas, map/filter/sorted with key,
# closures capturing variables and nonlocal counters, functions in data.


def make_counter(start):
    count = start

    def step(by):
        nonlocal count
        count += by
        return count

    return step


def compose(f, g):
    return lambda x: f(g(x))


def make_adder(n):
    def add(x):
        return x + n

    return add


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


def memoize(f):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        r = f(n)
        cache[n] = r
        return r

    return wrapper


N = 280000
counter = make_counter(10)
adders = [make_adder(k) for k in range(10)]
double_then_inc = compose(lambda x: x + 1, lambda x: x * 2)
total = 0
for i in range(N):
    f = adders[i % 10]
    total += f(i) + double_then_inc(i % 100)
    counter(i % 7)
print(f"adders total {total}, counter {counter(0)}")

pipeline = [lambda x: x * 3, lambda x: x - 7, lambda x: x % 1009, make_adder(5)]
acc = 0
for i in range(N):
    v = i
    for fn in pipeline:
        v = fn(v)
    acc += v
print(f"pipeline sum {acc}")

values = list(map(lambda x: (x * 7919) % 10007, range(N)))
evens = list(filter(lambda x: x % 2 == 0, values))
by_digits = sorted(values, key=lambda x: (sum(map(int, str(x))), -x))
print(f"evens {len(evens)}, first by digit sum {by_digits[:4]}, last {by_digits[-2:]}")
print(f"apply_n: {apply_n(make_adder(3), 700000, 0)}, {apply_n(lambda x: (x * 5 + 1) % 65537, 700000, 1)}")


def collatz(n):
    if n == 1:
        return 0
    if n % 2 == 0:
        return 1 + fast_collatz(n // 2)
    return 1 + fast_collatz(3 * n + 1)


fast_collatz = memoize(collatz)
longest = max(range(1, 40000), key=fast_collatz)
print(f"memoized collatz: longest below 40000 is {longest} with {fast_collatz(longest)} steps")

calls = make_counter(0)


def visit(tree, depth):
    calls(1)
    if depth == 0:
        return tree
    return visit(tree * 2, depth - 1) + visit(tree * 2 + 1, depth - 1)


print(f"tree sum {visit(1, 18)}, visits {calls(0)}")
keyed = sorted(range(2000), key=lambda i: (i % 13, -(i % 7), i))
print(f"sorted keys head {keyed[:6]}, tail {keyed[-3:]}")
