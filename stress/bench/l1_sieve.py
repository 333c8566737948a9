# l1_sieve: sieve of Eratosthenes with list indexing and slice assignment,
# then prime gap statistics (dict of gap counts, max gap, twin primes).


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            is_prime[p * p :: p] = [False] * ((limit - p * p) // p + 1)
        p += 1
    return is_prime


def primes_by_loop(limit):
    flags = [1] * (limit + 1)
    flags[0] = 0
    flags[1] = 0
    for i in range(2, limit + 1):
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = 0
                j += i
    return [i for i in range(limit + 1) if flags[i]]


LIMIT = 2000000
SMALL = 1000000
flags = sieve(LIMIT)
primes = [i for i in range(LIMIT + 1) if flags[i]]
print(f"primes below {LIMIT}: {len(primes)}, last {primes[-1]}")

gaps = {}
max_gap = 0
max_gap_at = 0
twins = 0
prev = primes[0]
for p in primes[1:]:
    g = p - prev
    gaps[g] = gaps.get(g, 0) + 1
    if g > max_gap:
        max_gap = g
        max_gap_at = prev
    if g == 2:
        twins += 1
    prev = p
print(f"max gap {max_gap} after {max_gap_at}, twin pairs {twins}")
common = sorted(gaps.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("most common gaps:", ", ".join([f"{g}x{n}" for g, n in common]))

small = primes_by_loop(SMALL)
print(f"loop sieve agrees: {small == primes[: len(small)]}, count {len(small)}")
print(f"sum of primes below {SMALL} mod 1e9+7: {sum(small) % 1000000007}")

GOLD = 20000
best_n = 0
best_ways = 0
total_ways = 0
for n in range(4, GOLD + 1, 2):
    ways = 0
    half = n // 2
    for p in primes:
        if p > half:
            break
        if flags[n - p]:
            ways += 1
    total_ways += ways
    if ways > best_ways:
        best_ways = ways
        best_n = n
print(f"goldbach up to {GOLD}: total {total_ways}, most ways {best_ways} for {best_n}")
