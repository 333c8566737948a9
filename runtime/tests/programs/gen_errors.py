# generator error cases: running generator re-entered, exceptions from inside, exhausted objects
def self_ref():
    yield next(g)
g = self_ref()
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)

def boom(n):
    for i in range(n):
        if i == 2:
            raise KeyError(f"item {i}")
        yield i

out = []
try:
    for x in boom(5):
        out.append(x)
except KeyError as e:
    print("partial", out, repr(e))

b = boom(5)
print(next(b), next(b))
try:
    next(b)
except KeyError as e:
    print("raised", e)
print(next(b, "gen is finished after raising"))

def div_all(xs):
    for x in xs:
        yield 100 / x
try:
    print(sum(div_all([1, 2, 0, 4])))
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# errors in genexp condition are raised lazily
ge = (1 // x for x in [1, 0])
print("created")
print(next(ge))
try:
    next(ge)
except ZeroDivisionError as e:
    print("lazy", e)

# generator objects are not subscriptable and have no len
def three():
    yield from range(3)
for op in ("index", "len", "call"):
    try:
        t = three()
        if op == "index":
            t[0]
        elif op == "len":
            len(t)
        else:
            t()
    except TypeError as e:
        print(op, type(e).__name__, e)
t = three()
print(list(t), list(t))
# unpacking too few/many from a generator
try:
    a, b = three()
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c, d = three()
except ValueError as e:
    print(type(e).__name__, e)
