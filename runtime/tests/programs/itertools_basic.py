# itertools: count, islice, chain, chain.from_iterable, cycle, repeat, takewhile/dropwhile
import itertools
from itertools import count, islice, chain, cycle, repeat

print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1, -0.5), 4)))
print(list(islice(count(2.5), 3)), next(count(-7)))
print(list(zip(count(1), "abc")))
print(list(islice("abcdefgh", 3)), list(islice("abcdefgh", 2, 6)), list(islice("abcdefgh", 1, None, 3)))
print(list(islice(range(100), 5, 20, 4)), list(islice([], 3)), list(islice("ab", 10)))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), next(it))
print(list(chain("ab", [1, 2], (None,), range(2))), list(chain()))
print(list(chain.from_iterable(["xy", [3, 4], range(2)])))
print(list(chain.from_iterable([x] * x for x in range(4))))
print(list(islice(cycle("abc"), 8)), list(islice(cycle([]), 5)))
c = cycle([1, 2])
print([next(c) for _ in range(5)])
print(list(repeat("z", 3)), list(repeat(0, 0)), list(islice(repeat(7), 4)))
print(list(map(pow, range(5), repeat(2))))
print(list(zip("abc", repeat(None))))
print(list(itertools.takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(itertools.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.filterfalse(str.isdigit, "a1b2")))
print(list(itertools.starmap(max, [(1, 5), (7, 2)])))
print([(k, list(g)) for k, g in itertools.groupby("aaabccdaa")])
print([(k, len(list(g))) for k, g in itertools.groupby(sorted([5, 1, 12, 15, 3, 11]), key=lambda x: x // 10)])
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
print(list(itertools.pairwise("abcd")))
for bad in (lambda: islice("abc", -1), lambda: islice("abc", 0, 2, 0), lambda: repeat()):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
