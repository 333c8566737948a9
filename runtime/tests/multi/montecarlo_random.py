"""Monte Carlo estimates with one random.Random per task (seeded by the
task number, so the result does not depend on how many workers run the
tasks). Each worker interpreter drains a task queue.
Usage: montecarlo_random.py N
"""
import math
import random
import sys

TASKS = 16
SAMPLES = 4000


def estimate(seed):
    rng = random.Random(seed)
    inside = 0
    for _ in range(SAMPLES):
        x, y = rng.random(), rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
    dice = sum(rng.randint(1, 6) for _ in range(100))
    return seed, inside, dice


def drain(tasks, results):
    while (seed := tasks.get()) is not None:
        results.put(estimate(seed))


def main(workers):
    if workers == 1:
        found = [estimate(s) for s in range(TASKS)]
    else:
        from concurrent import interpreters
        tasks, results = interpreters.create_queue(), interpreters.create_queue()
        interps = [interpreters.create() for _ in range(workers)]
        threads = [i.call_in_thread(drain, tasks, results) for i in interps]
        for s in range(TASKS):
            tasks.put(s)
        for _ in interps:
            tasks.put(None)
        found = sorted(results.get() for _ in range(TASKS))
        for t in threads:
            t.join()
        for i in interps:
            i.close()
    inside = sum(f[1] for f in found)
    pi = 4 * inside / (TASKS * SAMPLES)
    print("per task:", [f[1] for f in found])
    print("dice:", [f[2] for f in found])
    print(f"pi ~ {pi:.5f} (error {abs(pi - math.pi):.5f})")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
