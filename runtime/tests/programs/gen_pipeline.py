# generator pipelines: composable stages processing log lines lazily
LOG = """\
2024-01-01 INFO server started
2024-01-01 DEBUG loading config
2024-01-02 ERROR disk full
2024-01-02 INFO request /home 200
2024-01-02 WARN slow request /search 1200
2024-01-03 ERROR timeout /api
2024-01-03 INFO request /about 200
# comment line

2024-01-04 ERROR disk full
"""

def lines(text):
    for line in text.splitlines():
        yield line

def non_empty(src):
    for line in src:
        if line.strip() and not line.startswith("#"):
            yield line

def parse(src):
    for line in src:
        date, level, msg = line.split(" ", 2)
        yield {"date": date, "level": level, "msg": msg}

def only(level, src):
    return (r for r in src if r["level"] == level)

def numbered(src, start=1):
    yield from zip(range(start, 10 ** 9), src)

def take(n, src):
    for _, x in zip(range(n), src):
        yield x

records = list(parse(non_empty(lines(LOG))))
print(len(records))
for n, r in numbered(only("ERROR", iter(records))):
    print(n, r["date"], r["msg"])
print([r["level"] for r in take(3, parse(non_empty(lines(LOG))))])

# count per level with a generator feeding a dict
counts = {}
for r in parse(non_empty(lines(LOG))):
    counts[r["level"]] = counts.get(r["level"], 0) + 1
print(sorted(counts.items()))

# staged numeric pipeline with laziness tracing
trace = []
def source(n):
    for i in range(n):
        trace.append(f"s{i}")
        yield i
def square(src):
    for x in src:
        trace.append(f"q{x}")
        yield x * x
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
pipe = evens(square(source(10)))
print(next(pipe), next(pipe), trace)
print(list(pipe))
# batching
def batched(src, size):
    batch = []
    for x in src:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched(range(7), 3)))
print(list(batched((r["date"] for r in records), 4)))
