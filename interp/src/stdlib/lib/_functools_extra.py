"""The rest of `functools`, loaded the first time a program names one of
them (`functools.__getattr__`): `singledispatch`, `singledispatchmethod`,
`partialmethod`, `recursive_repr`, `get_cache_token`. Kept apart so that
`import functools` stays cheap.
"""

# What is defined here belongs to `functools` (`__module__`, reprs, pickles).
__name__ = "functools"

from functools import cache, partial, update_wrapper

################################################################################
### recursive_repr(), get_cache_token()
################################################################################

from _thread import get_ident as _get_ident


def recursive_repr(fillvalue='...'):
    'Decorator to make a repr function return fillvalue for a recursive call'

    def decorating_function(user_function):
        active = set()

        def wrapper(self):
            key = (id(self), _get_ident())
            if key in active:
                return fillvalue
            active.add(key)
            try:
                return user_function(self)
            finally:
                active.discard(key)

        for attr in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(wrapper, attr, getattr(user_function, attr))
        try:
            wrapper.__annotations__ = getattr(user_function, '__annotations__', {})
        except (AttributeError, TypeError):
            pass
        return wrapper

    return decorating_function


def get_cache_token():
    """Returns the current ABC cache token.

    Coral has no abc module, so no ABC registration can ever invalidate a
    cache: the token is constant."""
    return 0


################################################################################
### partialmethod() descriptor
################################################################################

class partialmethod(object):
    """Method descriptor with partial application of the given arguments
    and keywords.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):
            # flatten, so that cls/self still comes before every argument
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        cls = self.__class__
        args = ', '.join([repr(arg) for arg in self.args])
        keywords = ', '.join([f'{k}={v!r}' for k, v in self.keywords.items()])
        return f'{cls.__module__}.{cls.__qualname__}({self.func}, {args}, {keywords})'

    def _make_unbound_method(self):
        pm = self

        def _method(cls_or_self, /, *args, **keywords):
            return pm.func(cls_or_self, *pm.args, *args,
                           **{**pm.keywords, **keywords})

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                # the descriptor made a new callable (a bound method, the
                # function under a staticmethod, ...): apply the arguments
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        # not a descriptor, or one that returned itself: treat the callable
        # like a plain function defined in the class
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


################################################################################
### singledispatch() - single-dispatch generic function decorator
################################################################################

class mappingproxy:
    """Read-only view of the registry of a singledispatch function
    (CPython uses types.MappingProxyType)."""

    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        if isinstance(other, _mappingproxy):
            other = other._mapping
        return self._mapping == other

    def __ne__(self, other):
        if isinstance(other, _mappingproxy):
            other = other._mapping
        return self._mapping != other

    __hash__ = None

    def __or__(self, other):
        if isinstance(other, _mappingproxy):
            other = other._mapping
        return self._mapping | other

    def __ror__(self, other):
        if isinstance(other, _mappingproxy):
            other = other._mapping
        return other | self._mapping

    def __ior__(self, other):
        raise TypeError("'|=' is not supported by mappingproxy; use '|' instead")

    def __str__(self):
        return str(self._mapping)

    def __repr__(self):
        return f'mappingproxy({self._mapping!r})'


_mappingproxy = mappingproxy
del mappingproxy


def _union_members(cls):
    """The classes of a union type such as int | str, or None if cls is not
    a union (Coral has no union types yet, so this is for later)."""
    if type(cls).__name__ not in ('UnionType', '_UnionGenericAlias'):
        return None
    return tuple(getattr(cls, '__args__', ()))


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    members = _union_members(cls)
    if members is None:
        return False
    for member in members:
        if not isinstance(member, type):
            return False
    return True


def _find_impl(cls, registry):
    """The implementation registered for the nearest class in cls.__mro__.

    (CPython also considers the ABCs cls is a virtual subclass of; there are
    no ABCs in Coral, so the MRO is all there is.)"""
    for base in cls.__mro__:
        if base in registry:
            return registry[base]
    return registry.get(object)


def singledispatch(func):
    """Single-dispatch generic function decorator.

    Transforms a function into a generic function, which can have different
    behaviours depending upon the type of its first argument. The decorated
    function acts as the default implementation, and additional
    implementations can be registered using the register() attribute of the
    generic function.
    """
    registry = {}
    dispatch_cache = {}

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>

        Runs the dispatch algorithm to return the best available implementation
        for the given *cls* registered on *generic_func*.
        """
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_func*.
        """
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. "
                    f"{cls!r} is not a class or union type.")
            ann = getattr(cls, '__annotations__', None)
            if not ann:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function.")
            func = cls
            argname, cls = next(iter(ann.items()))
            if isinstance(cls, str):
                cls = eval(cls, getattr(func, '__globals__', {}))
            if not _is_valid_dispatch_type(cls):
                if _union_members(cls) is not None:
                    raise TypeError(
                        f"Invalid annotation for {argname!r}. "
                        f"{cls!r} not all arguments are classes.")
                raise TypeError(
                    f"Invalid annotation for {argname!r}. "
                    f"{cls!r} is not a class.")

        members = _union_members(cls)
        if members is None:
            registry[cls] = func
        else:
            for member in members:
                registry[member] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least '
                            '1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _mappingproxy(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """generic_method.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_method*.
        """
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            method = dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
