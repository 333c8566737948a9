"""itertools for Coral: functions creating iterators for efficient looping.

CPython 3.11's itertools module: its iterator types come from the native
`_itertools`; groupby and tee are written here in Python, with CPython's
argument checks, iterating through generators.
"""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']

# The iterator types are CPython's C types, in Rust (`stdlib/itertools.rs`);
# groupby and tee stay here.
from _itertools import (
    accumulate, chain, combinations, combinations_with_replacement, compress, count,
    cycle, dropwhile, filterfalse, islice, pairwise, permutations, product, repeat,
    starmap, takewhile, zip_longest)


def _as_index(x):
    """operator.index(x) with CPython's error message."""
    if isinstance(x, int):
        return int(x)
    if hasattr(x, '__index__'):
        return x.__index__()
    raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")


def groupby(iterable, key=None):
    """make an iterator that returns consecutive keys and groups from the
    iterable"""
    return _groupby(iter(iterable), key)

def _groupby(iterator, key):
    keyfunc = key
    state = [None, None, False]     # current value, current key, exhausted

    def _grouper(target_key):
        yield state[0]
        for value in iterator:
            k = value if keyfunc is None else keyfunc(value)
            state[0] = value
            state[1] = k
            if k != target_key:
                return
            yield value
        state[2] = True

    try:
        value = next(iterator)
    except StopIteration:
        return
    state[0] = value
    state[1] = value if keyfunc is None else keyfunc(value)

    while not state[2]:
        target_key = state[1]
        curr_group = _grouper(target_key)
        yield target_key, curr_group
        if state[1] is target_key or state[1] == target_key:
            # The caller did not consume the whole group: skip the rest.
            for _ in curr_group:
                pass
        # Invalidate the group handed out (CPython's groups become empty
        # once the groupby object has advanced).
        curr_group.close()


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    n = _as_index(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    iterator = iter(iterable)
    shared_link = [None, None]
    return tuple([_tee(iterator, shared_link) for _ in range(n)])

def _tee(iterator, link):
    while True:
        if link[1] is None:
            try:
                link[0] = next(iterator)
            except StopIteration:
                return
            link[1] = [None, None]
        value, link = link
        yield value
