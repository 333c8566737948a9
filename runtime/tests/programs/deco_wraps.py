# functools.wraps: preserving __name__, __doc__, __qualname__, __wrapped__, and __dict__
import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs)
    return wrapper

def unwrapped_deco(fn):
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    """Add two numbers."""
    return a + b

@unwrapped_deco
def sub(a, b):
    """Subtract."""
    return a - b

print(add(2, 3), add.__name__, add.__doc__, add.__qualname__)
print(sub(2, 3), sub.__name__, sub.__doc__, sub.__qualname__)
print(add.__wrapped__ is not None, add.__wrapped__(10, 20), hasattr(sub, "__wrapped__"))
print(add.__module__)

w = logged(lambda: 1)
print(w.__name__, w.__doc__)

# wraps copies __dict__ entries
def tagged(fn):
    fn.tag = "important"
    return fn
@logged
@tagged
def job():
    return "done"
print(job.tag, job(), job.__name__)

# stacked wraps keeps the innermost name; __wrapped__ chain
@logged
@logged
def deep():
    "deep doc"
    return "deep"
print(deep.__name__, deep.__doc__, deep.__wrapped__.__name__, deep.__wrapped__.__wrapped__())

# wraps on methods
class Svc:
    @logged
    def handle(self, x):
        """handles x"""
        return x * 2
print(Svc().handle(4), Svc.handle.__name__, Svc.handle.__qualname__, Svc.handle.__doc__)

# wraps with a decorator factory
def memo(maxsize):
    def deco(fn):
        cache = {}
        @functools.wraps(fn)
        def wrapper(n):
            if n not in cache and len(cache) < maxsize:
                cache[n] = fn(n)
            return cache.get(n, fn(n))
        wrapper.cache = cache
        return wrapper
    return deco
@memo(3)
def sq(n):
    "square"
    return n * n
print([sq(i) for i in range(5)], sorted(sq.cache), sq.__name__, sq.__doc__)
