"""Thread objects and synchronisation on top of _thread (CPython's design).

Threads of one interpreter take turns on its GIL; blocking calls here
(join, Lock.acquire, Condition.wait, Event.wait) release it while they wait.
"""

import _thread

get_ident = _thread.get_ident
TIMEOUT_MAX = _thread.TIMEOUT_MAX
ThreadError = RuntimeError

__all__ = ["Thread", "Lock", "RLock", "Condition", "Event", "Semaphore",
           "BoundedSemaphore", "current_thread", "main_thread", "get_ident",
           "active_count", "enumerate", "setswitchinterval"]


class lock:
    """A primitive lock (CPython's _thread.lock)."""

    __slots__ = ("_h",)

    def __init__(self):
        self._h = _thread.allocate_lock()

    def acquire(self, blocking=True, timeout=-1):
        return _thread.lock_acquire(self._h, blocking, timeout)

    def release(self):
        _thread.lock_release(self._h)

    def locked(self):
        return _thread.lock_locked(self._h)

    def __enter__(self):
        return _thread.lock_acquire(self._h, True, -1)

    def __exit__(self, t, v, tb):
        _thread.lock_release(self._h)

    def __repr__(self):
        state = "locked" if self.locked() else "unlocked"
        return "<%s _thread.lock object at %#x>" % (state, id(self))

    # Condition's protocol for the lock it wraps.
    def _release_save(self):
        self.release()

    def _acquire_restore(self, saved):
        self.acquire()

    def _is_owned(self):
        if self.acquire(False):
            self.release()
            return False
        return True


Lock = lock
LockType = lock


class RLock:
    """A lock its owning thread may take again; released as often as taken."""

    def __init__(self):
        self._block = lock()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        rc = self._block.acquire(blocking, timeout)
        if rc:
            self._owner = me
            self._count = 1
        return rc

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def locked(self):
        return self._block.locked()

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        saved = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return saved

    def _acquire_restore(self, saved):
        self._block.acquire()
        self._count, self._owner = saved

    def _is_owned(self):
        return self._owner == get_ident()

    def __repr__(self):
        return "<%s _thread.RLock object owner=%d count=%d at %#x>" % (
            "locked" if self._block.locked() else "unlocked", self._owner or 0,
            self._count, id(self))


class Condition:
    """Wait until notified, with the lock released meanwhile."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, t, v, tb):
        return self._lock.__exit__(t, v, tb)

    def wait(self, timeout=None):
        if not self._lock._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = Lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._lock._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            elif timeout > 0:
                gotit = waiter.acquire(True, timeout)
            else:
                gotit = waiter.acquire(False)
            return gotit
        finally:
            self._lock._acquire_restore(saved)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._lock._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        for waiter in self._waiters[:n]:
            waiter.release()
            try:
                self._waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        self.notify(len(self._waiters))


def _time():
    import time
    return time.monotonic()


class Semaphore:
    """A counter that blocks at zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that may not be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag threads can wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


_active = {}
_counter = 0


def _newname(name_template="Thread-%d"):
    global _counter
    _counter += 1
    return name_template % _counter


class Thread:
    """A thread of control running `target(*args, **kwargs)`."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._started = Event()
        self._is_stopped = False
        self._done = Lock()

    def __repr__(self):
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        if self._daemonic and not _thread.daemon_threads_allowed():
            raise RuntimeError("daemon threads are disabled in this (sub)interpreter")
        self._done.acquire()
        try:
            _thread.start_new_thread(self._bootstrap, ())
        except BaseException:
            self._done.release()
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._ident = get_ident()
        _active[self._ident] = self
        self._started.set()
        try:
            _install_hooks()
            self.run()
        except BaseException as exc:
            # SystemExit too: the default excepthook ignores it
            excepthook(_ExceptHookArgs(
                (type(exc), exc, getattr(exc, '__traceback__', None), self)))
        finally:
            self._is_stopped = True
            _active.pop(self._ident, None)
            self._done.release()

    def join(self, timeout=None):
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped and not self._done.locked():
            return
        if timeout is None:
            self._done.acquire()
            self._done.release()
        elif self._done.acquire(True, max(timeout, 0)):
            self._done.release()

    def is_alive(self):
        return self._started.is_set() and not self._is_stopped

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._ident

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self._daemonic

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self._name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._ident = get_ident()
        self._started.set()
        _active[self._ident] = self


class _DummyThread(Thread):
    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._ident = get_ident()
        self._started.set()
        _active[self._ident] = self

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


def excepthook(args):
    """Prints an exception that ended a thread, as CPython does."""
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    _thread.print_exception("Exception in thread %s:" % name, args.exc_value)


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    return len(_active)


activeCount = active_count


def enumerate():
    return list(_active.values())


def setswitchinterval(interval):
    import sys
    sys.setswitchinterval(interval)


def _shutdown():
    """Waits for every non-daemon thread (run when the program ends)."""
    while True:
        waiting = [t for t in list(_active.values())
                   if t is not _main_thread and not t._daemonic and t.is_alive()]
        if not waiting:
            return
        for t in waiting:
            t.join()


_main_thread = _MainThread()


import sys as _sys


################################################################################
### ExceptHookArgs
################################################################################

class _HookArgsField:
    """A read-only, named field of _ExceptHookArgs (like a structseq's)."""

    __slots__ = ('_index',)

    def __init__(self, index):
        self._index = index

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return tuple.__getitem__(obj, self._index)

    def __set__(self, obj, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, obj):
        raise AttributeError('readonly attribute')


_hook_args_missing = object()


class _ExceptHookArgs(tuple):
    """ExceptHookArgs

    Type used to pass arguments to threading.excepthook."""

    __module__ = '_thread'
    __slots__ = ()

    n_fields = 4
    n_sequence_fields = 4
    n_unnamed_fields = 0
    __match_args__ = ('exc_type', 'exc_value', 'exc_traceback', 'thread')

    exc_type = _HookArgsField(0)
    exc_value = _HookArgsField(1)
    exc_traceback = _HookArgsField(2)
    thread = _HookArgsField(3)

    def __new__(cls, sequence=_hook_args_missing, dict=None):
        if sequence is _hook_args_missing:
            raise TypeError("structseq() missing required argument 'sequence' (pos 1)")
        try:
            items = list(sequence)
        except TypeError:
            raise TypeError('constructor requires a sequence') from None
        if len(items) != 4:
            raise TypeError('_thread._ExceptHookArgs() takes a 4-sequence '
                            f'({len(items)}-sequence given)')
        return tuple.__new__(cls, items)

    def __repr__(self):
        exc_type, exc_value, exc_traceback, thread = self
        return (f'_thread._ExceptHookArgs(exc_type={exc_type!r}, '
                f'exc_value={exc_value!r}, exc_traceback={exc_traceback!r}, '
                f'thread={thread!r})')

    def __reduce__(self):
        return (type(self), (tuple(self),))


ExceptHookArgs = _ExceptHookArgs

# the original value of excepthook, to restore it
__excepthook__ = excepthook


################################################################################
### settrace / setprofile for threads started from here on
################################################################################

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Set a trace function for all threads started from the threading module.

    The func will be passed to sys.settrace() for each thread, before its
    run() method is called.
    """
    global _trace_hook
    _trace_hook = func


def gettrace():
    """Get the trace function as set by threading.settrace()."""
    return _trace_hook


def setprofile(func):
    """Set a profile function for all threads started from the threading module.

    The func will be passed to sys.setprofile() for each thread, before its
    run() method is called.  (Coral has no sys.setprofile yet: the function
    is only recorded, and returned by getprofile().)
    """
    global _profile_hook
    _profile_hook = func


def getprofile():
    """Get the profiler function as set by threading.setprofile()."""
    return _profile_hook


def _install_hooks():
    """Called by a new thread just before run(): installs the functions
    given to settrace() and setprofile()."""
    if _trace_hook:
        _sys.settrace(_trace_hook)
    if _profile_hook:
        set_profile = getattr(_sys, 'setprofile', None)
        if set_profile is not None:
            set_profile(_profile_hook)


################################################################################
### get_native_id, stack_size
################################################################################

def get_native_id():
    """Return a non-negative integer identifying the thread, the same as its
    Thread.native_id (Coral numbers its threads itself, so this is the same
    value as get_ident())."""
    return get_ident()


_stack_size = 0


def stack_size(size=0, /):
    """Return the thread stack size used when creating new threads, and set
    it to size (0 means the platform default).

    Coral records the value but starts every thread with its default stack.
    """
    global _stack_size
    if isinstance(size, int):
        size = int(size)
    else:
        index = getattr(type(size), '__index__', None)
        if index is None:
            raise TypeError(f"'{type(size).__name__}' object cannot be "
                            "interpreted as an integer")
        size = index(size)
    if size < 0:
        raise ValueError('size must be 0 or a positive value')
    if 0 < size < 32768:
        raise ValueError(f'size not valid: {size} bytes')
    old = _stack_size
    _stack_size = size
    return old


__all__ += ["Barrier", "BrokenBarrierError", "Timer", "ThreadError",
            "ExceptHookArgs", "excepthook", "setprofile", "settrace",
            "getprofile", "gettrace", "local", "stack_size", "get_native_id",
            "TIMEOUT_MAX"]


_LAZY = ('Timer', 'Barrier', 'BrokenBarrierError', 'local')


def __getattr__(name):
    """PEP 562: the less common names come from `_threading_extra` the first time
    a program asks for one."""
    if name in _LAZY:
        import _threading_extra
        for n in _LAZY:
            globals()[n] = getattr(_threading_extra, n)
        return globals()[name]
    raise AttributeError("module 'threading' has no attribute '%s'" % name)
