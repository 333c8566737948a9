"""collections for Coral: container datatypes.

A pure-Python implementation of deque, defaultdict, Counter, OrderedDict,
namedtuple, ChainMap, UserDict, UserList and UserString following CPython
3.11's behaviour and output.
"""

__all__ = ['deque', 'defaultdict', 'namedtuple', 'Counter', 'OrderedDict']

_MAXSIZE = 9223372036854775807

# ids of containers whose repr is being computed (guards against recursion)
_repr_running = set()


def _dict_repr(d):
    """dict.__repr__(d) for a dict subclass instance."""
    return repr(dict(d))


def _index(x):
    if isinstance(x, int):
        return int(x)
    if hasattr(x, '__index__'):
        return x.__index__()
    raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")


################################################################################
### deque
################################################################################

class deque:
    """A list-like sequence optimized for data accesses near its endpoints.

    The items live in self._d[self._h:]; the slots before _h are free space
    so that popleft()/appendleft() are amortized O(1)."""

    __slots__ = ('_d', '_h', '_maxlen')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._d = []
        self._h = 0
        self.extend(iterable)

    def _get_maxlen(self):
        return self._maxlen

    def _set_maxlen(self, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

    maxlen = property(_get_maxlen, _set_maxlen, None,
                      "maximum size of a deque or None if unbounded")

    def _compact(self):
        if self._h:
            del self._d[:self._h]
            self._h = 0
        return self._d

    # -- adding and removing at the ends -----------------------------------

    def append(self, x):
        """Add an element to the right side of the deque."""
        m = self._maxlen
        if m is not None and len(self._d) - self._h >= m:
            if m == 0:
                return
            self.popleft()
        self._d.append(x)

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        m = self._maxlen
        if m is not None and len(self._d) - self._h >= m:
            if m == 0:
                return
            self.pop()
        if self._h == 0:
            grow = len(self._d) + 8
            self._d[0:0] = [None] * grow
            self._h = grow
        self._h -= 1
        self._d[self._h] = x

    def pop(self):
        """Remove and return the rightmost element."""
        d = self._d
        if len(d) == self._h:
            raise IndexError("pop from an empty deque")
        x = d.pop()
        if len(d) == self._h:
            d.clear()
            self._h = 0
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        d = self._d
        h = self._h
        n = len(d)
        if n == h:
            raise IndexError("pop from an empty deque")
        x = d[h]
        d[h] = None
        h += 1
        if h == n:
            d.clear()
            h = 0
        elif h > 32 and h + h > n:
            del d[:h]
            h = 0
        self._h = h
        return x

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen is None:
            self._d.extend(iterable)
        else:
            for x in iterable:
                self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._d = []
        self._h = 0

    # -- whole-deque operations --------------------------------------------

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is
        negative, rotates left."""
        n = _index(n)
        d = self._compact()
        size = len(d)
        if size <= 1:
            return
        n %= size
        if n:
            d[:] = d[-n:] + d[:-n]

    def reverse(self):
        """Reverse *IN PLACE*"""
        self._compact().reverse()

    def count(self, value):
        """Return number of occurrences of value"""
        c = 0
        for x in self._d[self._h:]:
            if x is value or x == value:
                c += 1
        return c

    def index(self, value, start=0, stop=_MAXSIZE):
        """Return first index of value.

        Raises ValueError if the value is not present."""
        n = len(self._d) - self._h
        start = _index(start)
        stop = _index(stop)
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop < 0:
            stop += n
            if stop < 0:
                stop = 0
        if stop > n:
            stop = n
        d = self._d
        h = self._h
        for i in range(start, stop):
            x = d[h + i]
            if x is value or x == value:
                return i
        raise ValueError(f"{value!r} is not in deque")

    def insert(self, i, x):
        """Insert value before index"""
        m = self._maxlen
        if m is not None and len(self._d) - self._h >= m:
            raise IndexError("deque already at its maximum size")
        self._compact().insert(i, x)

    def remove(self, value):
        """Remove first occurrence of value."""
        d = self._compact()
        for i in range(len(d)):
            x = d[i]
            if x is value or x == value:
                del d[i]
                return
        raise ValueError(f"{value!r} is not in deque")

    def copy(self):
        """Return a shallow copy of a deque."""
        return type(self)(self, self._maxlen)

    __copy__ = copy

    # -- sequence protocol -------------------------------------------------

    def __len__(self):
        return len(self._d) - self._h

    def __bool__(self):
        return len(self._d) != self._h

    def __iter__(self):
        return iter(self._d[self._h:])

    def __reversed__(self):
        return reversed(self._d[self._h:])

    def __contains__(self, value):
        for x in self._d[self._h:]:
            if x is value or x == value:
                return True
        return False

    def _pos(self, i):
        if not isinstance(i, int):
            if hasattr(i, '__index__'):
                i = i.__index__()
            else:
                raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        n = len(self._d) - self._h
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return self._h + i

    def __getitem__(self, i):
        return self._d[self._pos(i)]

    def __setitem__(self, i, value):
        self._d[self._pos(i)] = value

    def __delitem__(self, i):
        p = self._pos(i) - self._h
        del self._compact()[p]

    # -- comparisons and arithmetic ------------------------------------------

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._d[self._h:] == other._d[other._h:]

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._d[self._h:] != other._d[other._h:]

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._d[self._h:] < other._d[other._h:]

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._d[self._h:] <= other._d[other._h:]

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._d[self._h:] > other._d[other._h:]

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._d[self._h:] >= other._d[other._h:]

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.copy()
        new *= n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n)
        items = self._d[self._h:]
        if n <= 0 or not items:
            self.clear()
            return self
        if self._maxlen is None:
            self._d = items * n
            self._h = 0
        else:
            for _ in range(n - 1):
                self.extend(items)
        return self

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            body = repr(self._d[self._h:])
        finally:
            _repr_running.discard(key)
        name = type(self).__name__
        if self._maxlen is None:
            return f'{name}({body})'
        return f'{name}({body}, maxlen={self._maxlen})'


################################################################################
### defaultdict
################################################################################

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    The default factory is called without arguments to produce a new value
    when a key is not present, in __getitem__ only."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = 'None'
        else:
            key = id(self)
            if key in _repr_running:
                frepr = '...'
            else:
                _repr_running.add(key)
                try:
                    frepr = repr(factory)
                finally:
                    _repr_running.discard(key)
        return f'{type(self).__name__}({frepr}, {_dict_repr(self)})'

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### OrderedDict
################################################################################

class OrderedDict(dict):
    'Dictionary that remembers insertion order'

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false.
        """
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(dict.keys(self)))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist.
        """
        if key not in dict.keys(self):
            raise KeyError(key)
        value = dict.pop(self, key)
        if last:
            dict.setdefault(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.setdefault(self, key, value)
            dict.update(self, rest)

    def __reversed__(self):
        return reversed(list(dict.keys(self)))

    def copy(self):
        'od.copy() -> a shallow copy of od'
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values
        set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __repr__(self):
        'od.__repr__() <==> repr(od)'
        if not self:
            return f'{self.__class__.__name__}()'
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return f'{self.__class__.__name__}({list(self.items())!r})'
        finally:
            _repr_running.discard(key)

    def __eq__(self, other):
        """od.__eq__(y) <==> od==y.  Comparison to another OD is
        order-sensitive while comparison to a regular mapping is
        order-insensitive."""
        if not isinstance(other, dict):
            return NotImplemented
        if isinstance(other, OrderedDict):
            if len(self) != len(other):
                return False
            if dict(self) != dict(other):
                return False
            for a, b in zip(dict.keys(self), dict.keys(other)):
                if not (a is b or a == b):
                    return False
            return True
        return dict(self) == dict(other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### Counter
################################################################################

def _count_elements(mapping, iterable):
    'Tally elements from the iterable.'
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1


def _count_of(item):
    return item[1]


class Counter(dict):
    '''Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values.
    '''

    def __init__(self, iterable=None, /, **kwds):
        '''Create a new, empty Counter object.  And if given, count elements
        from an input iterable.  Or, initialize the count from another mapping
        of elements to their counts.
        '''
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        'The count of elements not in the Counter is zero.'
        # Needed so that self[missing_item] does not raise KeyError
        return 0

    def total(self):
        'Sum of the counts'
        return sum(self.values())

    def most_common(self, n=None):
        '''List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.
        '''
        items = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return items
        n = _index(n)
        if n <= 0:
            return []
        return items[:n]

    def elements(self):
        '''Iterator over elements repeating each as many times as its count.'''
        return _counter_elements(list(self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        '''Like dict.update() but add counts instead of replacing them.'''
        if iterable is not None:
            if isinstance(iterable, dict):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    # fast path when counter is empty
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        '''Like dict.update() but subtracts counts instead of replacing them.
        Counts can be reduced below zero.'''
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        'Return a shallow copy.'
        return self.__class__(self)

    __copy__ = copy

    def __delitem__(self, elem):
        'Like dict.__delitem__() but does not raise KeyError for missing values.'
        if elem in self:
            dict.pop(self, elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            # dict() preserves the ordering returned by most_common()
            d = dict(self.most_common())
        except TypeError:
            # handle case where values are not orderable
            d = dict(self)
        return f'{self.__class__.__name__}({d!r})'

    # -- rich comparisons (multiset inclusion) -------------------------------

    def __eq__(self, other):
        'True if all counts agree. Missing counts are treated as zero.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        'True if any counts disagree. Missing counts are treated as zero.'
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        'True if all counts in self are a subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        'True if all counts in self are a proper subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        'True if all counts in self are a superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        'True if all counts in self are a proper superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # -- multiset arithmetic -------------------------------------------------

    def __add__(self, other):
        '''Add counts from two counters.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        ''' Subtract count, but keep only results with positive counts.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        '''Union is the maximum of value in either of the input counters.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        ''' Intersection is the minimum of corresponding counts.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        'Adds an empty counter, effectively stripping negative and zero counts'
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        '''Subtracts from an empty counter.  Strips positive and zero counts,
        and flips the sign on negative counts.'''
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        '''Internal method to strip elements with a negative or zero count'''
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        '''Inplace add from another counter, keeping only positive counts.'''
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        '''Inplace subtract counter, but keep only results with positive counts.'''
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        '''Inplace union is the maximum of value from either counter.'''
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        '''Inplace intersection is the minimum of corresponding counts.'''
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _counter_elements(items):
    for elem, count in items:
        for _ in range(count):
            yield elem


################################################################################
### namedtuple
################################################################################

_kwlist = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield'])

_MISSING = object()


def _quoted_list(names):
    # CPython's format for missing-argument lists: 'a', 'a' and 'b',
    # 'a', 'b', and 'c'
    quoted = [f"'{name}'" for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _field_getter(index, doc):
    def fget(self):
        return self[index]
    def fset(self, value):
        raise AttributeError("can't set attribute")
    def fdel(self):
        raise AttributeError("can't delete attribute")
    return property(fget, fset, fdel, doc)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> p = Point(11, y=22)
    >>> p
    Point(x=11, y=22)
    """

    # Validate the field names.  At the user's option, either generate an error
    # message or automatically replace the field name with a valid name.
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = [str(name) for name in field_names]
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier()
                or name in _kwlist
                or name.startswith('_')
                or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if name in _kwlist:
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))

    field_names = tuple(field_names)
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    default_values = defaults if defaults else ()
    num_required = num_fields - len(default_values)
    field_index = {name: i for i, name in enumerate(field_names)}
    tuple_new = tuple.__new__
    _len = len

    # Create all the named tuple methods to be added to the class namespace

    def __new__(_cls, *args, **kwargs):
        nargs = _len(args)
        if nargs == num_fields and not kwargs:
            return tuple_new(_cls, args)
        if nargs > num_fields:
            if default_values:
                takes = f'from {num_required + 1} to {num_fields + 1} positional arguments'
            elif num_fields == 0:
                takes = '1 positional argument'
            else:
                takes = f'{num_fields + 1} positional arguments'
            raise TypeError(f'{typename}.__new__() takes {takes} '
                            f'but {nargs + 1} were given')
        values = list(args)
        values.extend([_MISSING] * (num_fields - nargs))
        for key, value in kwargs.items():
            index = field_index.get(key, -1)
            if index < 0:
                raise TypeError(f"{typename}.__new__() got an unexpected "
                                f"keyword argument '{key}'")
            if index < nargs:
                raise TypeError(f"{typename}.__new__() got multiple values "
                                f"for argument '{key}'")
            values[index] = value
        missing = []
        for index in range(nargs, num_fields):
            if values[index] is _MISSING:
                if index >= num_required:
                    values[index] = default_values[index - num_required]
                else:
                    missing.append(field_names[index])
        if missing:
            plural = 's' if _len(missing) > 1 else ''
            raise TypeError(f'{typename}.__new__() missing {_len(missing)} '
                            f'required positional argument{plural}: '
                            f'{_quoted_list(missing)}')
        return tuple_new(_cls, values)

    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if _len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value)
                             for name, value in zip(field_names, self)])
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def __repr__(self):
        'Return a nicely formatted representation string'
        parts = [f'{name}={value!r}' for name, value in zip(field_names, self)]
        return f'{self.__class__.__name__}({", ".join(parts)})'

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return tuple(self)

    class_namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    if module is not None:
        class_namespace['__module__'] = module
    for index, name in enumerate(field_names):
        class_namespace[name] = _field_getter(index, f'Alias for field number {index}')

    return type(typename, (tuple,), class_namespace)


_LAZY = ('ChainMap', 'UserDict', 'UserList', 'UserString')
__all__ += list(_LAZY)


def __getattr__(name):
    """PEP 562: the less common classes come from `_collections_user` the
    first time a program asks for one."""
    if name in _LAZY:
        import _collections_user
        for n in _LAZY:
            globals()[n] = getattr(_collections_user, n)
        return globals()[name]
    raise AttributeError("module 'collections' has no attribute '%s'" % name)
