"""User-class instances cross interpreters by pickle: jobs go out as
instances of a class of this script, results come back as instances of
another. Usage: instances_pickled.py N
"""
import sys
import threading


class Job:
    def __init__(self, name, values):
        self.name = name
        self.values = values


class Stats:
    def __init__(self, name, count, mean, spread):
        self.name = name
        self.count = count
        self.mean = mean
        self.spread = spread

    def __repr__(self):
        return f"Stats({self.name!r}, n={self.count}, mean={self.mean:.3f}, spread={self.spread:.3f})"


def summarize(job):
    n = len(job.values)
    mean = sum(job.values) / n
    var = sum((v - mean) ** 2 for v in job.values) / n
    return Stats(job.name, n, mean, var ** 0.5)


def make_jobs():
    jobs = []
    seed = 12345
    for j in range(12):
        values = []
        for _ in range(3000 + 100 * j):
            seed = (seed * 1103515245 + 12345) % 2**31
            values.append(seed / 2**31 * (j + 1))
        jobs.append(Job(f"series-{j}", values))
    return jobs


def main(workers):
    jobs = make_jobs()
    results = [None] * len(jobs)
    if workers == 1:
        results = [summarize(job) for job in jobs]
    else:
        from concurrent import interpreters
        interps = [interpreters.create() for _ in range(workers)]

        def run(w):
            for i in range(w, len(jobs), workers):
                results[i] = interps[w].call(summarize, jobs[i])

        threads = [threading.Thread(target=run, args=(w,)) for w in range(workers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        for interp in interps:
            interp.close()
    for r in results:
        print(r, type(r).__name__, type(r) is Stats)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
