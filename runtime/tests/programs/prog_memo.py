# Memoized recursion with dicts
memo = {}
calls = {"fib": 0, "paths": 0, "partitions": 0, "edit": 0}

def fib(n):
    calls["fib"] += 1
    if n in memo:
        return memo[n]
    result = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = result
    return result

def grid_paths(r, c, cache={}):
    calls["paths"] += 1
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key not in cache:
        cache[key] = grid_paths(r - 1, c) + grid_paths(r, c - 1)
    return cache[key]

def partitions(n, max_part=None, cache=None):
    if cache is None:
        cache = {}
    if max_part is None:
        max_part = n
    calls["partitions"] += 1
    if n == 0:
        return 1
    if n < 0 or max_part == 0:
        return 0
    key = (n, max_part)
    if key in cache:
        return cache[key]
    total = partitions(n - max_part, max_part, cache) + partitions(n, max_part - 1, cache)
    cache[key] = total
    return total

def edit_distance(a, b):
    cache = {}
    def go(i, j):
        calls["edit"] += 1
        if i == len(a):
            return len(b) - j
        if j == len(b):
            return len(a) - i
        if (i, j) in cache:
            return cache[(i, j)]
        if a[i] == b[j]:
            best = go(i + 1, j + 1)
        else:
            best = 1 + min(go(i + 1, j), go(i, j + 1), go(i + 1, j + 1))
        cache[(i, j)] = best
        return best
    return go(0, 0)

def make_counter_memo():
    cache = {}
    hits = 0
    def collatz_len(n):
        nonlocal hits
        if n == 1:
            return 1
        if n in cache:
            hits += 1
            return cache[n]
        nxt = n // 2 if n % 2 == 0 else 3 * n + 1
        cache[n] = 1 + collatz_len(nxt)
        return cache[n]
    def get_hits():
        return hits
    return collatz_len, get_hits

print("fib(100) =", fib(100))
print("fib(300) =", fib(300))
print("memo size:", len(memo), "| fib calls:", calls["fib"])
print("grid paths 10x10:", grid_paths(10, 10))
print("grid paths 16x16:", grid_paths(16, 16), "| calls:", calls["paths"])
for n in [5, 10, 50, 100]:
    print(f"p({n}) = {partitions(n)}")
print("partition calls:", calls["partitions"])
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc"), ("same", "same")]:
    print(f"edit({a!r}, {b!r}) = {edit_distance(a, b)}")
collatz_len, get_hits = make_counter_memo()
best = max(range(1, 3000), key=collatz_len)
print("longest collatz start below 3000:", best, "length", collatz_len(best))
print("cache hits > 0:", get_hits() > 0)
print("first memo keys:", list(memo)[:10])
print(calls)
