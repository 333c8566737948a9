"""itertools for Coral: functions creating iterators for efficient looping.

A pure-Python implementation of CPython 3.11's itertools module.  Arguments
are checked (and iterables turned into iterators) when the function is
called, as CPython does; the iteration itself is done by generators.
"""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']

_MAXSIZE = 9223372036854775807


def _is_number(x):
    if isinstance(x, (int, float)):
        return True
    return (hasattr(x, '__index__') or hasattr(x, '__float__')
            or hasattr(x, '__int__') or hasattr(x, '__complex__'))


def _as_index(x):
    """operator.index(x) with CPython's error message."""
    if isinstance(x, int):
        return int(x)
    if hasattr(x, '__index__'):
        return x.__index__()
    raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")


################################################################################
### infinite iterators
################################################################################

def count(start=0, step=1):
    """Return a count object whose .__next__() method returns consecutive values."""
    if not _is_number(start) or not _is_number(step):
        raise TypeError("a number is required")
    return _count(start, step)

def _count(n, step):
    while True:
        yield n
        n += step


def cycle(iterable):
    """Return elements from the iterable until it is exhausted. Then repeat
    the sequence indefinitely."""
    return _cycle(iter(iterable))

def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def repeat(*args, **kwargs):
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""
    nargs = len(args) + len(kwargs)
    if len(args) > 2:
        raise TypeError(f"repeat() takes at most 2 arguments ({nargs} given)")
    for name in kwargs:
        if name not in ('object', 'times'):
            raise TypeError(f"repeat() got an unexpected keyword argument '{name}'")
    if args:
        obj = args[0]
        if 'object' in kwargs:
            raise TypeError("argument for repeat() given by name ('object') and position (1)")
    elif 'object' in kwargs:
        obj = kwargs['object']
    else:
        raise TypeError("repeat() missing required argument 'object' (pos 1)")
    if len(args) > 1:
        times = args[1]
        if 'times' in kwargs:
            raise TypeError("argument for repeat() given by name ('times') and position (2)")
    else:
        times = kwargs.get('times', None)
    if times is None:
        return _repeat_forever(obj)
    times = _as_index(times)
    return _repeat_times(obj, times)

def _repeat_forever(obj):
    while True:
        yield obj

def _repeat_times(obj, times):
    for _ in range(times):
        yield obj


################################################################################
### iterators terminating on the shortest input sequence
################################################################################

def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    return _accumulate(iter(iterable), func, initial)

def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


class chain:
    """chain(*iterables) --> chain object

    Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""

    def __init__(self, *iterables):
        self._it = _chain_gen(iter(iterables))

    @classmethod
    def from_iterable(cls, iterables):
        """Alternative chain() constructor taking a single iterable argument
        that evaluates lazily."""
        self = cls()
        self._it = _chain_gen(iter(iterables))
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

def _chain_gen(iterables):
    for it in iterables:
        yield from it


def compress(data, selectors):
    """Return data elements corresponding to true selector elements."""
    return _compress(iter(data), iter(selectors))

def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    """Drop items from the iterable while predicate(item) is true."""
    return _dropwhile(predicate, iter(iterable))

def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(predicate, iterable):
    """Return successive entries from an iterable as long as the predicate
    evaluates to true for each entry."""
    return _takewhile(predicate, iter(iterable))

def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(function, iterable):
    """Return those items of iterable for which function(item) is false."""
    return _filterfalse(function, iter(iterable))

def _filterfalse(function, it):
    if function is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not function(x):
                yield x


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


def islice(*args):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object"""
    nargs = len(args)
    if nargs < 2:
        raise TypeError(f"islice expected at least 2 arguments, got {nargs}")
    if nargs > 4:
        raise TypeError(f"islice expected at most 4 arguments, got {nargs}")
    it = iter(args[0])
    start = 0
    step = 1
    if nargs == 2:
        stop = args[1]
        if stop is not None:
            stop = _islice_index(stop, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    else:
        a1 = args[1]
        a2 = args[2]
        msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        if a1 is not None:
            start = _islice_index(a1, msg)
        stop = a2
        if stop is not None:
            stop = _islice_index(stop, msg)
        if nargs == 4 and args[3] is not None:
            step = args[3]
            try:
                step = _as_index(step)
            except TypeError:
                step = -1
            if step < 1:
                raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(it, start, stop, step)

def _islice_index(x, msg):
    try:
        x = _as_index(x)
    except TypeError:
        raise ValueError(msg) from None
    if x < 0 or x > _MAXSIZE:
        raise ValueError(msg)
    return x

def _islice(it, start, stop, step):
    # Mirrors CPython's islice_next(): never consumes more items from the
    # underlying iterator than needed.
    cnt = 0
    nxt = start
    while True:
        while cnt < nxt:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop is not None and cnt >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
        yield item


def pairwise(iterable):
    """Return an iterator of overlapping pairs taken from the input iterator.

    s -> (s0,s1), (s1,s2), (s2, s3), ..."""
    return _pairwise(iter(iterable))

def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def starmap(function, iterable):
    """Return an iterator whose values are returned from the function
    evaluated with an argument tuple taken from the given sequence."""
    return _starmap(function, iter(iterable))

def _starmap(function, it):
    for args in it:
        yield function(*args)


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


def zip_longest(*iterables, **kwargs):
    """Return a zip_longest object whose .__next__() method returns a tuple
    where the i-th element comes from the i-th iterable argument.  Missing
    values are filled in with fillvalue."""
    fillvalue = None
    if kwargs:
        if len(kwargs) != 1 or 'fillvalue' not in kwargs:
            raise TypeError("zip_longest() got an unexpected keyword argument")
        fillvalue = kwargs['fillvalue']
    iterators = [iter(it) for it in iterables]
    return _zip_longest(iterators, fillvalue)

def _zip_longest(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    n = num_active
    while True:
        values = []
        for i in range(n):
            it = iterators[i]
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


################################################################################
### combinatoric iterators
################################################################################

def product(*iterables, repeat=1):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    repeat = _as_index(repeat)
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)

def _product(pools):
    n = len(pools)
    for pool in pools:
        if not pool:
            return
    indices = [0] * n
    yield tuple([pool[0] for pool in pools])
    while True:
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple([pools[j][indices[j]] for j in range(n)])


def permutations(iterable, r=None):
    """Return successive r-length permutations of elements in the iterable."""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    else:
        if not isinstance(r, int):
            raise TypeError("Expected int as r")
        if r < 0:
            raise ValueError("r must be non-negative")
    return _permutations(pool, n, r)

def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[i] for i in indices[:r]])
                break
        else:
            return


def combinations(iterable, r):
    """Return successive r-length combinations of elements in the iterable."""
    pool = tuple(iterable)
    r = _as_index(r)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(pool, r)

def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        for i in range(r - 1, -1, -1):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[i] for i in indices])


def combinations_with_replacement(iterable, r):
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats."""
    pool = tuple(iterable)
    r = _as_index(r)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations_with_replacement(pool, r)

def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        for i in range(r - 1, -1, -1):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple([pool[i] for i in indices])
