# dict.keys() and dict.items() behave as sets: operators with any
# iterable, comparisons with sets, isdisjoint, and reversed().
d = {1: 'a', 2: 'b'}
e = {2: 'x', 3: 'y'}
tests = [
    lambda: d.keys() == {1, 2},
    lambda: {1, 2} == d.keys(),
    lambda: d.keys() != {1, 2},
    lambda: d.items() == {(1, 'a'), (2, 'b')},
    lambda: d.keys() == e.keys(),
    lambda: d.keys() == [1, 2],
    lambda: d.keys() <= {1, 2, 3},
    lambda: d.keys() < {1, 2},
    lambda: d.keys() >= {1},
    lambda: {1} < d.keys(),
    lambda: sorted(d.keys() | [5]),
    lambda: sorted(d.keys() & [1]),
    lambda: sorted(d.keys() - [1]),
    lambda: sorted(d.keys() ^ [1, 7]),
    lambda: sorted([1] & d.keys()),
    lambda: sorted([1, 9] | d.keys()),
    lambda: sorted([1, 9] - d.keys()),
    lambda: sorted(d.keys() & e.keys()),
    lambda: sorted(d.items() - {(1, 'a')}),
    lambda: sorted(d.keys() | e),
    lambda: d.keys().isdisjoint([3, 4]),
    lambda: d.keys().isdisjoint(e),
    lambda: d.items().isdisjoint([(1, 'a')]),
    lambda: list(reversed(d.keys())),
    lambda: list(reversed(d.items())),
    lambda: list(reversed(d.values())),
    lambda: list(reversed(d)),
    lambda: type(d.keys() | [5]).__name__,
    lambda: d.keys() | 5,
    lambda: d.values() | [1],
]
for t in tests:
    try:
        print(t())
    except Exception as ex:
        print(type(ex).__name__, ex)
