"""A producer/consumer pipeline: the main interpreter puts tasks on one
queue, N worker interpreters (started with call_in_thread) take them until
they see a sentinel and put results on a second queue.
Usage: pipeline_queues.py N
"""
import sys

TASKS = 40
SENTINEL = None


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = 3 * n + 1 if n % 2 else n // 2
        steps += 1
    return steps


def longest_chain(lo, hi):
    best = max(range(lo, hi), key=collatz_steps)
    return best, collatz_steps(best)


def worker(tasks, results):
    while True:
        task = tasks.get()
        if task is SENTINEL:
            results.put(SENTINEL)
            return
        index, lo, hi = task
        results.put((index,) + longest_chain(lo, hi))


def main(workers):
    ranges = [(i, 1 + i * 500, 1 + (i + 1) * 500) for i in range(TASKS)]
    if workers == 1:
        found = [(i,) + longest_chain(lo, hi) for i, lo, hi in ranges]
    else:
        from concurrent import interpreters
        tasks = interpreters.create_queue()
        results = interpreters.create_queue()
        interps = [interpreters.create() for _ in range(workers)]
        threads = [interp.call_in_thread(worker, tasks, results) for interp in interps]
        for r in ranges:
            tasks.put(r)
        for _ in interps:
            tasks.put(SENTINEL)
        found = []
        done = 0
        while done < workers:
            item = results.get()
            if item is SENTINEL:
                done += 1
            else:
                found.append(item)
        for t in threads:
            t.join()
        for interp in interps:
            interp.close()
    found.sort()
    for index, n, steps in found[::8]:
        print(f"task {index:2}: {n} takes {steps} steps")
    best = max(found, key=lambda r: (r[2], -r[1]))
    print("longest below", ranges[-1][2], ":", best[1], "with", best[2], "steps")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
