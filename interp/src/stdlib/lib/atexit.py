"""atexit: functions run when the interpreter ends.

The `coral` command runs them after the program ends (cleanly, by
`sys.exit`, or with an uncaught exception whose traceback is already
printed) and after its threads are joined, as CPython's finalization does;
an embedded interpreter runs them when it is closed. They run once, last
registered first; an exception in one is reported and the next runs.
"""

_callbacks = []


def register(func, *args, **kwargs):
    """Registers `func(*args, **kwargs)` to run at exit; returns `func`."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    """Removes every registration of `func` (compared with `==`)."""
    _callbacks[:] = [c for c in _callbacks if not (c[0] == func)]


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


from _atexit import run_exitfuncs as _run_exitfuncs
