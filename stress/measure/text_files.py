"""Text file speed: iterating lines, read(), readlines() and writing line
by line, on a 300,000-line file made here. Run under coral and python3:
coral stress/measure/text_files.py"""
import os
import time

path = os.path.join(os.environ.get("TMPDIR", "/tmp"), "coral-text-%d.txt" % os.getpid())
with open(path, "w") as f:
    for i in range(300000):
        f.write("line %d with some words in it\n" % i)
t = time.perf_counter()
n = 0
with open(path) as f:
    for line in f:
        n += len(line)
t1 = time.perf_counter()
with open(path) as f:
    data = f.read()
t2 = time.perf_counter()
with open(path) as f:
    lines = f.readlines()
t3 = time.perf_counter()
with open(path, "w") as f:
    for line in lines:
        f.write(line)
t4 = time.perf_counter()
os.remove(path)
assert n == len(data)
print("iterate %.3f s, read %.3f s, readlines %.3f s, write lines %.3f s"
      % (t1 - t, t2 - t1, t3 - t2, t4 - t3))
