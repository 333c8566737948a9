"""CPU-bound work split over N interpreters (issue 16's speed-up figure):
each worker runs a main-script function that reads the script's other
globals. Time it with N = 1 and N = 2 on two cores.

Run: coral stress/measure/pep734_speedup.py N
"""
import sys
import threading

TASKS = 16
SIZE = 120_000


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    f = 3
    while f * f <= n:
        if n % f == 0:
            return False
        f += 2
    return True


def count(task):
    lo = task * SIZE
    return sum(1 for n in range(lo, lo + SIZE) if is_prime(n))


def main(workers):
    results = [0] * TASKS
    if workers == 1:
        results = [count(t) for t in range(TASKS)]
    else:
        from concurrent import interpreters
        interps = [interpreters.create() for _ in range(workers)]
        todo = list(range(TASKS))
        lock = threading.Lock()

        def run(w):
            # A pool: each worker takes the next task when it is free.
            while True:
                with lock:
                    if not todo:
                        return
                    t = todo.pop()  # the largest left first
                results[t] = interps[w].call(count, t)

        threads = [threading.Thread(target=run, args=(w,)) for w in range(workers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    print(sum(results))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
