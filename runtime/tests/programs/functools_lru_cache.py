# functools.lru_cache and cache: memoisation, cache_info, maxsize eviction, cache_clear, typed
from functools import lru_cache, cache

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())
print(fib(10), fib.cache_info().hits)
fib.cache_clear()
print(fib.cache_info())

calls = []
@lru_cache(maxsize=2)
def slow_square(x):
    calls.append(x)
    return x * x

for v in [1, 2, 1, 3, 1, 2, 2]:
    slow_square(v)
print(calls, slow_square.cache_info())
info = slow_square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, type(info).__name__)

@lru_cache
def no_parens(a, b=1):
    calls.append(("np", a, b))
    return a + b
calls.clear()
print(no_parens(1), no_parens(1), no_parens(1, 1), no_parens(a=1), no_parens(1, b=1), no_parens(2))
print(calls, no_parens.cache_info())

@lru_cache(maxsize=None, typed=True)
def typed_fn(x):
    calls.append(("typed", type(x).__name__))
    return x
calls.clear()
typed_fn(1); typed_fn(1.0); typed_fn(1)
print(calls, typed_fn.cache_info().currsize)

@cache
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)
print(count_paths(16, 16), count_paths.cache_info().currsize)
print(fib.__name__, count_paths.__wrapped__(1, 1))
try:
    slow_square([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
@lru_cache(maxsize=0)
def never(x):
    calls.append(x)
    return x
calls.clear()
never(1); never(1)
print(calls, never.cache_info())
