"""Multiple interpreters in one process (PEP 734, as in CPython 3.14).

Each interpreter runs on its own OS thread with its own GIL, so code in
different interpreters runs in parallel. They share no objects: what
crosses (prepare_main, call arguments and results, queue items) is copied.
"""

import _interpreters

__all__ = [
    "get_current", "get_main", "create", "list_all", "is_shareable",
    "Interpreter", "InterpreterError", "InterpreterNotFoundError",
    "ExecutionFailed", "NotShareableError", "create_queue", "Queue",
    "QueueEmpty", "QueueFull",
]


class InterpreterError(Exception):
    """A cross-interpreter operation failed."""


class InterpreterNotFoundError(InterpreterError):
    """An interpreter was not found (it was closed, or never existed)."""


class NotShareableError(TypeError):
    """An object cannot cross between interpreters."""


class QueueError(RuntimeError):
    """A queue operation failed."""


class QueueEmpty(QueueError):
    """get() found nothing (at once, or within the timeout)."""


class QueueFull(QueueError):
    """put() found no room (at once, or within the timeout)."""


class _ExcType:
    """A snapshot of an exception type from another interpreter."""

    def __init__(self, name, module):
        self.__name__ = name
        self.__qualname__ = name
        self.__module__ = module

    def __repr__(self):
        return "<exception type %s>" % self.__name__


class ExceptionSnapshot:
    """What an uncaught exception in another interpreter looked like."""

    def __init__(self, type_name, module, msg, errdisplay):
        self.type = _ExcType(type_name, module)
        self.msg = msg
        self.formatted = "%s: %s" % (type_name, msg) if msg else type_name
        self.errdisplay = errdisplay

    def __repr__(self):
        return "ExceptionSnapshot(type=%r, msg=%r)" % (self.type.__name__, self.msg)


class ExecutionFailed(InterpreterError):
    """An unhandled exception happened during execution."""

    def __init__(self, excinfo):
        if isinstance(excinfo, tuple):
            excinfo = ExceptionSnapshot(*excinfo)
        InterpreterError.__init__(self, excinfo.formatted)
        self.excinfo = excinfo

    def __str__(self):
        return "%s\n\nUncaught in the interpreter:\n\n%s" % (
            self.excinfo.formatted, self.excinfo.errdisplay.rstrip())


# One Interpreter object per id, as in CPython: get_main() is get_main().
_known = {}


class Interpreter:
    """A single interpreter in the current process."""

    def __new__(cls, id, /, _handle=None):
        if not isinstance(id, int):
            raise TypeError("id must be an int, got %r" % (id,))
        self = _known.get(id)
        if self is not None:
            return self
        if _handle is None:
            _handle = _interpreters.lookup(id)
        self = object.__new__(cls)
        self._h = _handle
        self._id = id
        _known[id] = self
        return self

    def __repr__(self):
        return "%s(%d)" % (type(self).__name__, self._id)

    def __hash__(self):
        return hash(self._id)

    def __eq__(self, other):
        if not isinstance(other, Interpreter):
            return NotImplemented
        return self._id == other._id

    @property
    def id(self):
        return self._id

    @property
    def whence(self):
        return "from _interpreters" if self._id else "runtime init"

    def is_running(self):
        """Whether the interpreter is currently executing code."""
        return _interpreters.is_running(self._h)

    def close(self):
        """Finalize and destroy the interpreter."""
        _interpreters.destroy(self._h)
        _known.pop(self._id, None)

    def prepare_main(self, ns=None, /, **kwargs):
        """Bind the given values into the interpreter's __main__."""
        if ns is None and not kwargs:
            raise ValueError("at least one namespace required")
        values = {}
        if ns is not None:
            values.update(ns)
        values.update(kwargs)
        _interpreters.set___main___attrs(self._h, values)

    def exec(self, code, /):
        """Run the given source code in the interpreter's __main__."""
        excinfo = _interpreters.exec(self._h, code)
        if excinfo is not None:
            raise ExecutionFailed(excinfo)

    def _call(self, callable, args, kwargs):
        res, excinfo = _interpreters.call(self._h, callable, args, kwargs)
        if excinfo is not None:
            raise ExecutionFailed(excinfo)
        return res

    def call(self, callable, /, *args, **kwargs):
        """Call the object in the interpreter and return its result."""
        return self._call(callable, args, kwargs)

    def call_in_thread(self, callable, /, *args, **kwargs):
        """Call the object in the interpreter from a new thread."""
        import threading
        t = threading.Thread(target=self._call, args=(callable, args, kwargs))
        t.start()
        return t


def _lookup(interp_id):
    return Interpreter(interp_id)


def create():
    """Return a new (idle) Python interpreter."""
    h = _interpreters.create()
    return Interpreter(_interpreters.id_of(h), h)


def list_all():
    """Return all existing interpreters."""
    out = []
    for i in _interpreters.list_all():
        try:
            out.append(_lookup(i))
        except InterpreterNotFoundError:
            pass
    return out


def get_current():
    """Return the currently running interpreter."""
    return _lookup(_interpreters.get_current())


def get_main():
    """Return the main interpreter."""
    return _lookup(_interpreters.get_main())


def is_shareable(obj):
    """Return True if the object's data may be shared between interpreters."""
    return _interpreters.is_shareable(obj)


class Queue:
    """A cross-interpreter queue: every interpreter it is passed to sees it."""

    def __init__(self, handle):
        self._h = handle

    @property
    def id(self):
        return _interpreters.queue_id(self._h)

    @property
    def maxsize(self):
        return _interpreters.queue_maxsize(self._h)

    def __repr__(self):
        return "%s(%d)" % (type(self).__name__, self.id)

    def __hash__(self):
        return hash(self.id)

    def __eq__(self, other):
        if not isinstance(other, Queue):
            return NotImplemented
        return self.id == other.id

    def empty(self):
        return _interpreters.queue_size(self._h) == 0

    def full(self):
        maxsize = self.maxsize
        return maxsize > 0 and _interpreters.queue_size(self._h) >= maxsize

    def qsize(self):
        return _interpreters.queue_size(self._h)

    def put(self, obj, block=True, timeout=None):
        """Add the object to the queue (a copy, for containers)."""
        if timeout is not None:
            # As CPython 3.14: whole seconds, so float('inf') is an
            # OverflowError and -0.5 means no wait.
            timeout = int(timeout)
            if timeout < 0:
                raise ValueError("timeout value must be non-negative")
        _interpreters.queue_put(self._h, obj, block, timeout)

    def put_nowait(self, obj):
        _interpreters.queue_put(self._h, obj, False, None)

    def get(self, block=True, timeout=None):
        """Return the next object from the queue."""
        if timeout is not None:
            # As CPython 3.14: whole seconds, so float('inf') is an
            # OverflowError and -0.5 means no wait.
            timeout = int(timeout)
            if timeout < 0:
                raise ValueError("timeout value must be non-negative")
        return _interpreters.queue_get(self._h, block, timeout)

    def get_nowait(self):
        return _interpreters.queue_get(self._h, False, None)


def create_queue(maxsize=0):
    """Return a new cross-interpreter queue."""
    return Queue(_interpreters.queue_create(maxsize))


_interpreters._register(InterpreterError, InterpreterNotFoundError,
                        NotShareableError, QueueEmpty, QueueFull, Queue)
