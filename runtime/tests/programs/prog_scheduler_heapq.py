# whole program: discrete-event task scheduler using heapq and plain classes (no dataclasses)
import heapq
import itertools

class Task:
    def __init__(self, name, duration, priority=5, deps=()):
        self.name = name
        self.duration = duration
        self.priority = priority
        self.deps = set(deps)
    def __repr__(self):
        return f"Task({self.name}, d={self.duration}, p={self.priority})"

class Scheduler:
    def __init__(self, workers):
        self.workers = workers
        self.tasks = {}
        self.seq = itertools.count()
    def add(self, task):
        if task.name in self.tasks:
            raise ValueError(f"duplicate task {task.name}")
        self.tasks[task.name] = task
    def run(self):
        remaining = {n: set(t.deps) for n, t in self.tasks.items()}
        for n, deps in remaining.items():
            missing = deps - self.tasks.keys()
            if missing:
                raise KeyError(f"{n} depends on unknown {sorted(missing)}")
        ready = []
        for n, deps in remaining.items():
            if not deps:
                t = self.tasks[n]
                heapq.heappush(ready, (t.priority, next(self.seq), n))
        running = []          # (finish_time, worker, name)
        free = list(range(self.workers))
        heapq.heapify(free)
        time, done, timeline = 0, set(), []
        while ready or running:
            while ready and free:
                _, _, name = heapq.heappop(ready)
                w = heapq.heappop(free)
                heapq.heappush(running, (time + self.tasks[name].duration, w, name))
                timeline.append(f"t={time:>2} worker{w} starts {name}")
            if not running:
                raise RuntimeError(f"deadlock: {sorted(set(remaining) - done)}")
            time, w, name = heapq.heappop(running)
            timeline.append(f"t={time:>2} worker{w} ends   {name}")
            done.add(name)
            heapq.heappush(free, w)
            for other, deps in remaining.items():
                if name in deps:
                    deps.discard(name)
                    if not deps:
                        t = self.tasks[other]
                        heapq.heappush(ready, (t.priority, next(self.seq), other))
        if len(done) != len(self.tasks):
            raise RuntimeError(f"deadlock: {sorted(set(remaining) - done)}")
        return time, timeline

s = Scheduler(workers=2)
for t in [Task("fetch", 3, 1), Task("parse", 2, 2, ["fetch"]), Task("lint", 1, 9), Task("test", 4, 3, ["parse"]),
          Task("docs", 2, 8, ["parse"]), Task("package", 1, 1, ["test", "lint"]), Task("publish", 1, 0, ["package", "docs"])]:
    s.add(t)
total, timeline = s.run()
print("\n".join(timeline))
print("makespan", total)

for label, tasks in [("cycle", [Task("a", 1, deps=["b"]), Task("b", 1, deps=["a"])]),
                     ("unknown", [Task("a", 1, deps=["ghost"])]),
                     ("dup", [Task("a", 1), Task("a", 2)])]:
    sch = Scheduler(1)
    try:
        for t in tasks:
            sch.add(t)
        sch.run()
    except (RuntimeError, KeyError, ValueError) as e:
        print(label, type(e).__name__, e)
print(heapq.nsmallest(3, s.tasks.values(), key=lambda t: (t.priority, t.name)))
