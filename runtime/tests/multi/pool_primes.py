"""Counts primes below LIMIT with a pool of N workers, each a subinterpreter.

The worker function is defined in this script and reads other globals of
it (a helper function and constants), so each interpreter finds it by
running this script once. Usage: pool_primes.py N
"""
import sys
import threading

LIMIT = 60_000
CHUNK = 5_000
SMALL_PRIMES = (2, 3, 5, 7, 11, 13)


def is_prime(n):
    if n < 2:
        return False
    for p in SMALL_PRIMES:
        if n % p == 0:
            return n == p
    f = 17
    while f * f <= n:
        if n % f == 0:
            return False
        f += 2
    return True


def count_primes(lo, hi):
    return sum(1 for n in range(lo, hi) if is_prime(n))


def main(workers):
    chunks = [(lo, min(lo + CHUNK, LIMIT)) for lo in range(0, LIMIT, CHUNK)]
    counts = [None] * len(chunks)
    if workers == 1:
        for i, (lo, hi) in enumerate(chunks):
            counts[i] = count_primes(lo, hi)
    else:
        from concurrent import interpreters
        pool = [interpreters.create() for _ in range(workers)]

        def run(w):
            for i in range(w, len(chunks), workers):
                counts[i] = pool[w].call(count_primes, *chunks[i])

        threads = [threading.Thread(target=run, args=(w,)) for w in range(workers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        for interp in pool:
            interp.close()
    for (lo, hi), c in zip(chunks, counts):
        print(f"[{lo:6}, {hi:6}): {c}")
    print("primes below", LIMIT, "=", sum(counts))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
