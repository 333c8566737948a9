"""The rest of `threading`, loaded the first time a program names one of
them (`threading.__getattr__`): `Timer`, `Barrier`, `BrokenBarrierError`,
`local`. Kept apart so that `import threading` stays cheap.
"""

# What is defined here belongs to `threading` (`__module__`, reprs, pickles).
__name__ = "threading"

from threading import Condition, Event, Lock, Thread, _active, current_thread, get_ident

################################################################################
### Timer
################################################################################

class Timer(Thread):
    """Call a function after a specified number of seconds:

            t = Timer(30.0, f, args=None, kwargs=None)
            t.start()
            t.cancel()     # stop the timer's action if it's still waiting
    """

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


################################################################################
### Barrier
################################################################################

class BrokenBarrierError(RuntimeError):
    pass


# the states of a Barrier
_FILLING = 0
_DRAINING = 1
_RESETTING = -1
_BROKEN = -2


class Barrier:
    """Implements a Barrier.

    Useful for synchronizing a fixed number of threads at known synchronization
    points.  Threads block on 'wait()' and are simultaneously awoken once they
    have all made that call.
    """

    def __init__(self, parties, action=None, timeout=None):
        """Create a barrier, initialised to 'parties' threads.

        'action' is a callable which, when supplied, will be called by one of
        the threads after they have all entered the barrier and just prior to
        releasing them all. If a 'timeout' is provided, it is used as the
        default for all subsequent 'wait()' calls.
        """
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0      # threads inside wait()

    def __repr__(self):
        cls = self.__class__
        where = f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}'
        if self.broken:
            return f'{where}: broken>'
        return f'{where}: waiters={self.n_waiting}/{self.parties}>'

    def wait(self, timeout=None):
        """Wait for the barrier.

        When the specified number of threads have started waiting, they are all
        simultaneously awoken. If an 'action' was provided for the barrier, one
        of the threads will have executed that callback prior to returning.
        Returns an individual index number from 0 to 'parties-1'.
        """
        if timeout is None:
            timeout = self._timeout
        cond = self._cond
        with cond:
            # a barrier still draining (or resetting) from its last use
            # must empty before new threads may enter
            while self._state == _DRAINING or self._state == _RESETTING:
                cond.wait()
            if self._state < 0:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    # the last thread in runs the action and lets all go
                    try:
                        if self._action:
                            self._action()
                        self._state = _DRAINING
                        cond.notify_all()
                    except:
                        self._break()
                        raise
                else:
                    if not cond.wait_for(lambda: self._state != _FILLING,
                                         timeout):
                        self._break()
                        raise BrokenBarrierError
                    if self._state < 0:
                        raise BrokenBarrierError
                return index
            finally:
                self._count -= 1
                if not self._count and (self._state == _DRAINING or
                                        self._state == _RESETTING):
                    # the last one out makes the barrier usable again
                    self._state = _FILLING
                    cond.notify_all()

    def reset(self):
        """Reset the barrier to the initial state.

        Any threads currently waiting will get the BrokenBarrier exception
        raised.
        """
        with self._cond:
            if self._count > 0:
                if self._state == _FILLING or self._state == _BROKEN:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Place the barrier into a 'broken' state.

        Useful in case of error.  Any currently waiting threads and threads
        attempting to 'wait()' will have BrokenBarrierError raised.
        """
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        """Return the number of threads required to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """Return the number of threads currently waiting at the barrier."""
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """Return True if the barrier is in a broken state."""
        return self._state == _BROKEN


################################################################################
### local: thread-local data
################################################################################

_no_attr = object()


def _class_attr(cls, name):
    """The attribute name as found in the __dict__s along cls.__mro__."""
    for base in cls.__mro__:
        namespace = getattr(base, '__dict__', None)
        if namespace is not None and name in namespace:
            return namespace[name]
    return _no_attr


def _is_data_descriptor(attr):
    kind = type(attr)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def _local_type_name(obj):
    cls = type(obj)
    if cls is _local:
        return '_thread._local'
    return cls.__name__


class _LocalState:
    """What a local object keeps: its constructor arguments and a dict of
    attributes for each thread, keyed by get_ident()."""

    __slots__ = ('args', 'kwargs', 'dicts')

    def __init__(self, args, kwargs):
        self.args = args
        self.kwargs = kwargs
        self.dicts = {}


def _local_dict(obj):
    """The attributes of local object obj for the calling thread; a new
    thread gets an empty dict and a call of the class's __init__."""
    state = object.__getattribute__(obj, '_local__state')
    ident = get_ident()
    try:
        return state.dicts[ident]
    except KeyError:
        pass
    current_thread()    # so that even a _thread thread is in _active
    # forget the attributes of threads that have ended
    for other in list(state.dicts):
        if other not in _active:
            state.dicts.pop(other, None)
    attrs = {}
    state.dicts[ident] = attrs
    init = type(obj).__init__
    if init is not object.__init__:
        try:
            init(obj, *state.args, **state.kwargs)
        except BaseException:
            state.dicts.pop(ident, None)
            raise
    return attrs


class _local:
    """Thread-local data"""

    __module__ = '_thread'
    __slots__ = ('_local__state',)

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        state = _LocalState(args, kwargs)
        # the creating thread's attributes; __init__ runs as for any object
        state.dicts[get_ident()] = {}
        object.__setattr__(self, '_local__state', state)
        return self

    def __getattribute__(self, name):
        if name == '__dict__':
            return _local_dict(self)
        attrs = _local_dict(self)
        attr = _class_attr(type(self), name)
        if attr is not _no_attr and _is_data_descriptor(attr):
            return object.__getattribute__(self, name)
        try:
            return attrs[name]
        except KeyError:
            pass
        if attr is not _no_attr or (name[:2] == '__' and name[-2:] == '__'):
            return object.__getattribute__(self, name)
        raise AttributeError(f"'{_local_type_name(self)}' object has no "
                             f"attribute '{name}'")

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(f"'{_local_type_name(self)}' object "
                                 "attribute '__dict__' is read-only")
        attrs = _local_dict(self)
        attr = _class_attr(type(self), name)
        if attr is not _no_attr and _is_data_descriptor(attr):
            object.__setattr__(self, name, value)
        else:
            attrs[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(f"'{_local_type_name(self)}' object "
                                 "attribute '__dict__' is read-only")
        attrs = _local_dict(self)
        attr = _class_attr(type(self), name)
        if attr is not _no_attr and _is_data_descriptor(attr):
            object.__delattr__(self, name)
        elif name in attrs:
            del attrs[name]
        else:
            raise AttributeError(f"'{_local_type_name(self)}' object has no "
                                 f"attribute '{name}'")


local = _local
