# Sieve of Eratosthenes and prime utilities
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            is_prime[p * p::p] = [False] * len(range(p * p, limit + 1, p))
        p += 1
    return [i for i, flag in enumerate(is_prime) if flag]

def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors

def format_factors(f):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items())

primes = sieve(10000)
print("count below 10000:", len(primes))
print("first 20:", primes[:20])
print("last 5:", primes[-5:])
print("sum:", sum(primes))
twins = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print("twin pairs:", len(twins), twins[:6], twins[-1])
gaps = {}
for p, q in zip(primes, primes[1:]):
    gaps[q - p] = gaps.get(q - p, 0) + 1
print("gap histogram:", sorted(gaps.items())[:8])
print("largest gap:", max(gaps))
prime_set = set(primes)
goldbach = {}
for even in range(4, 101, 2):
    for p in primes:
        if even - p in prime_set:
            goldbach[even] = (p, even - p)
            break
print("goldbach 100:", goldbach[100], "| 98:", goldbach[98])
for n in [360, 97, 1001, 2 ** 10 * 3 ** 5, 600851475143, 1234567890]:
    print(f"{n:>15,} = {format_factors(factorize(n))}")
digit_sums = [sum(int(c) for c in str(p)) for p in primes[:30]]
print("digit sums:", digit_sums)
palin = [p for p in primes if str(p) == str(p)[::-1] and p > 100]
print("palindromic primes > 100:", palin[:10], len(palin))
print("is 7919 prime?", 7919 in prime_set, "| 7917?", 7917 in prime_set)
