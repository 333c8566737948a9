# A worker pool over N interpreters (argv, default 2) calling functions of
# the main script that read its globals and call each other; prints what
# python3 prints for N = 1.
import sys
import threading

LIMIT = 20000
SCALE = 3

def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True

def count_primes(lo, hi):
    return sum(1 for n in range(lo, hi) if is_prime(n)) * SCALE

class Stats:
    @staticmethod
    def total(parts):
        return sum(parts)

def main(n):
    step = LIMIT // n
    ranges = [(i * step, (i + 1) * step) for i in range(n)]
    if n == 1:
        results = [count_primes(*r) for r in ranges]
    else:
        import concurrent.interpreters as ci
        interps = [ci.create() for _ in range(n)]
        results = [None] * n
        def run(i):
            results[i] = interps[i].call(count_primes, *ranges[i])
        ts = [threading.Thread(target=run, args=(i,)) for i in range(n)]
        for t in ts: t.start()
        for t in ts: t.join()
        total = interps[0].call(Stats.total, results)
        assert total == sum(results)
    print("primes below", LIMIT, "times", SCALE, "=", sum(results))

if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
