# Executors at function entries (RESUME 0) and at a generator's
# resumptions after yield (RESUME 1 and 2): created when hot, invalidated
# when a global the function reads is rebound or a class it names changes,
# created again, and results unchanged throughout. Runs under python3 too
# (no _coral there): only the printed results are compared.
try:
    import _coral
except ImportError:
    _coral = None

ON = _coral is not None and _coral.optimizer() != "none"
if _coral is not None:
    _coral.set_hot_threshold(8)


def kinds(f):
    """The kinds of site f's executors sit at."""
    if not ON:
        return set()
    out = set()
    for at in _coral.executors(f):
        d = _coral.get_executor(f, at)["description"]
        if "function entry" in d:
            out.add("entry")
        elif "after yield" in d:
            out.add("yield")
        else:
            out.add("loop")
    return out


K = 3


def scaled(x):
    return x * K - 1


total = 0
for i in range(100):
    total += scaled(i)
print("scaled", total)
if ON:
    assert 0 in _coral.executors(scaled), _coral.executors(scaled)
    assert "entry" in kinds(scaled)
    before = _coral.stats()["executors_invalidated"]

# Rebinding a global the function reads invalidates its entry executor,
# and the new value is what it returns.
K = -2
print("rebound", scaled(10))
if ON:
    assert 0 not in _coral.executors(scaled), "K changed: the entry executor is gone"
    assert _coral.stats()["executors_invalidated"] > before
for i in range(200):
    total += scaled(i)
print("again", total)
if ON:
    assert 0 in _coral.executors(scaled), "hot again: re-created"


# Recursion: every call enters through the executor.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print("fib", fib(18), fib(0), fib(1))
if ON:
    assert "entry" in kinds(fib)


# A class the function names: setting an attribute invalidates.
class Shape:
    sides = 4


def sides():
    return Shape.sides


print("sides", sum(sides() for _ in range(50)))
if ON:
    assert 0 in _coral.executors(sides)
Shape.sides = 5
if ON:
    assert 0 not in _coral.executors(sides), "Shape changed"
print("sides", sum(sides() for _ in range(50)))


# Generators: the resumption after each yield is a site of its own.
def numbers(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        i += 1


print("numbers", sum(numbers(500)))
if ON:
    assert "yield" in kinds(numbers), kinds(numbers)
g = numbers(1000)
print("send", next(g), next(g), g.send(100), next(g), g.send(997), list(g))


def tree(depth):
    if depth == 0:
        yield "."
        return
    yield "("
    yield from tree(depth - 1)
    yield ","
    r = yield from tree(depth - 1)
    yield ")"
    return r


print("tree", "".join(tree(6))[:40], len("".join(tree(6))))
if ON:
    assert "yield" in kinds(tree), kinds(tree)


# A throw into a generator suspended at a resumption executor's site goes
# through the sub-generator as in tier 1.
def inner():
    try:
        while True:
            yield 1
    except KeyError as e:
        yield "inner caught " + repr(e)


def outer():
    r = yield from inner()
    yield r


for _ in range(20):
    h = outer()
    next(h)
    next(h)
print("throw", h.throw(KeyError("k")))
h.close()

# Invalidating everything leaves entry and resumption sites in tier 1,
# and they come back.
if _coral is not None:
    _coral.invalidate_all()
    assert _coral.executors(scaled) == [] and _coral.executors(numbers) == []
print("after", scaled(7), sum(numbers(300)), fib(15))
if ON:
    assert 0 in _coral.executors(fib), "fib re-optimized"
    s = _coral.stats()
    assert s["enter_executor_hits"] > 1000, s


# Replacing a function's defaults or code invalidates the executors that
# named it (a loop calling it, here), and the calls see the change at once.
def step(x, by=1):
    return x + by


def loop(n):
    x = 0
    for _ in range(n):
        x = step(x)
    return x


print("loop", loop(300))
if ON:
    loops = [at for at in _coral.executors(loop) if "JUMP_BACKWARD" in _coral.get_executor(loop, at)["description"]]
    assert loops, "the loop has an executor"
step.__defaults__ = (2,)
if ON:
    assert all("JUMP_BACKWARD" not in _coral.get_executor(loop, at)["description"] for at in _coral.executors(loop)), "step changed"
print("loop", loop(300))


def double_step(x, by=1):
    return x + 2 * by


step.__code__ = double_step.__code__
print("loop", loop(300))
if ON:
    assert any("JUMP_BACKWARD" in _coral.get_executor(loop, at)["description"] for at in _coral.executors(loop)), "re-created"
    before = _coral.stats()["executors_invalidated"]
step.__defaults__ = (3,)
if ON:
    assert _coral.stats()["executors_invalidated"] > before
print("loop", loop(300))
