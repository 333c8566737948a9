# itertools' iterators are types as in CPython: type names, isinstance,
# reprs of count and repeat, argument errors of each constructor, and the
# edge cases of their iteration.
import itertools as it

c = it.count(5)
print(repr(c), type(c).__name__, type(c).__module__, isinstance(c, it.count), it.count)
next(c); next(c)
print(repr(c), repr(it.count()), repr(it.count(1.5, 2)), repr(it.count(0, 1.0)), repr(it.count(-1, True)))
r = it.repeat("a", 3)
print(repr(r), next(r), repr(r), list(r), repr(r), repr(it.repeat(1)), repr(it.repeat(1, -5)))
print(list(it.repeat(None, times=2)), list(it.islice(it.count(10, 5), 3)))
print(type(it.chain.from_iterable([[1]])).__name__, list(it.chain.from_iterable(["ab", [1], ()])))
print(it.chain, it.product, type(it.permutations("ab")), it.combinations_with_replacement.__name__)
print(repr(it.chain())[:24])

for f, args, kwargs in [
    (it.count, ("a",), {}), (it.count, (1, "b"), {}), (it.count, (), {"start": 2, "x": 1}),
    (it.count, (1, 2, 3), {}), (it.repeat, (), {}), (it.repeat, (1, 2, 3), {}),
    (it.repeat, (1,), {"object": 2}), (it.repeat, (1, "x"), {}), (it.cycle, (), {}),
    (it.cycle, ([],), {"x": 1}), (it.cycle, (5,), {}), (it.chain, (), {"x": 1}),
    (it.islice, ([],), {}), (it.islice, ([], 1, 2, 3, 4), {}), (it.islice, ([], -1), {}),
    (it.islice, ([], "a"), {}), (it.islice, ([], 1, "a"), {}), (it.islice, ([], -1, 3), {}),
    (it.islice, ([], 0, 3, 0), {}), (it.islice, ([], 0, 3, "x"), {}), (it.islice, (5, 1), {}),
    (it.islice, ([], 1), {"x": 1}), (it.accumulate, (), {}), (it.accumulate, ([], None, 1), {}),
    (it.compress, ([],), {}), (it.dropwhile, (bool,), {}), (it.takewhile, (bool, [], 1), {}),
    (it.filterfalse, (None,), {}), (it.starmap, (max,), {}), (it.pairwise, (), {}),
    (it.zip_longest, ([],), {"fill": 1}), (it.zip_longest, (5,), {}),
    (it.product, ([],), {"repeat": -1}), (it.product, ([],), {"x": 1}), (it.product, (5,), {}),
    (it.permutations, ("ab", "x"), {}), (it.permutations, ("ab", -1), {}), (it.permutations, (), {}),
    (it.combinations, ("ab",), {}), (it.combinations, ("ab", -1), {}), (it.combinations, ("ab", "x"), {}),
    (it.combinations_with_replacement, ("ab", -2), {}), (it.chain.from_iterable, (), {}),
]:
    try:
        f(*args, **kwargs)
        print(f.__name__, "ok")
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)

print(list(it.islice("abcdefg", 2, None, 2)), list(it.islice("abc", None)), list(it.islice("abcdef", 1, 4)))
print(list(it.islice(it.count(), 0)), list(it.islice([1, 2], 5, 10)))
pulled = []
def gen():
    for i in range(10):
        pulled.append(i)
        yield i
g = gen()
print(list(it.islice(g, 2, 6, 3)), pulled, next(g))
print(list(it.accumulate([1, 2, 3, 4], initial=100)), list(it.accumulate([], initial=7)), list(it.accumulate("abc")))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.compress("ab", [1, 1, 1, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(None, [0, 1, "", "a"])), list(it.filterfalse(lambda x: x % 2, range(7))))
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.starmap(lambda *a: a, ["ab", [1]])))
print(list(it.pairwise("abcd")), list(it.pairwise("a")), list(it.pairwise("")))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.zip_longest()), list(it.zip_longest([], [])))
print(list(it.cycle("")), list(it.islice(it.cycle("ab"), 5)))
print(list(it.product("ab", repeat=2)), list(it.product()), list(it.product("ab", [])), list(it.product(repeat=0)))
print(list(it.permutations("abc", 2)), list(it.permutations([])), list(it.permutations("ab", 3)), list(it.permutations("ab", 0)))
print(len(list(it.permutations(range(6)))), list(it.permutations(range(4)))[17])
print(list(it.combinations("abcd", 2)), list(it.combinations("ab", 0)), list(it.combinations("ab", 3)), list(it.combinations([], 0)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement([], 0)), list(it.combinations_with_replacement([], 1)))
print(sum(1 for _ in it.combinations(range(12), 5)), sum(1 for _ in it.product(range(5), repeat=4)))

# Exhausted iterators stay exhausted and keep their type.
ch = it.chain([1], [2])
print(list(ch), list(ch), type(ch).__name__)
tw = it.takewhile(lambda x: x < 2, [1, 2, 1])
print(list(tw), list(tw))
# Errors raised inside the iteration come through.
def bad():
    yield 1
    raise KeyError("boom")
try:
    list(it.chain(bad(), [2]))
except KeyError as e:
    print("KeyError", e)
try:
    list(it.chain([1], 5, [2]))
except TypeError as e:
    print("TypeError", e)
print(list(it.groupby("aabbbc"))[:1][0][0], [k for k, _ in it.groupby("aabbbc")])
print(list(zip(it.count(), "abc")), dict(zip("ab", it.repeat(0))))
