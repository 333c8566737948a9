# A small program that shows what Coral runs: run it with
#   cargo run --release -p coral-runtime -- docs/examples/hello.py
import math


def primes(limit):
    sieve = [True] * (limit + 1)
    sieve[0:2] = [False, False]
    for i in range(2, math.isqrt(limit) + 1):
        if sieve[i]:
            sieve[i * i :: i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, is_prime in enumerate(sieve) if is_prime]


found = primes(100)
print(f"{len(found)} primes below 100, the last: {found[-3:]}")
print("2**100 =", 2**100)
print("0.1 + 0.2 =", 0.1 + 0.2)
words = "the quick brown fox jumps over the lazy dog".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
try:
    {}["missing"]
except KeyError as e:
    print("caught", repr(e))
