# concurrent.interpreters (PEP 734) under Coral: the same script runs under
# CPython 3.14. Four interpreters count primes in parallel, each on its own
# core; a queue gathers the answers.
#
#   coral runtime/examples/interpreters.py
import time
from concurrent import interpreters


def count_primes(q, lo, hi):
    n = 0
    for k in range(max(lo, 2), hi):
        d = 2
        while d * d <= k:
            if k % d == 0:
                break
            d += 1
        else:
            n += 1
    q.put((lo, n))


if __name__ == "__main__":
    q = interpreters.create_queue()
    workers = [interpreters.create() for _ in range(4)]
    start = time.perf_counter()
    threads = [w.call_in_thread(count_primes, q, i * 50000, (i + 1) * 50000)
               for i, w in enumerate(workers)]
    for t in threads:
        t.join()
    results = sorted(q.get() for _ in workers)
    for lo, n in results:
        print(f"primes in [{lo}, {lo + 50000}): {n}")
    print(f"{sum(n for _, n in results)} primes in {time.perf_counter() - start:.2f} s")
    for w in workers:
        w.close()
