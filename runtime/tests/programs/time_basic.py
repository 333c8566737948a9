import time
t0 = time.time()
p0 = time.perf_counter()
time.sleep(0.01)
t1 = time.time()
p1 = time.perf_counter()
print(t1 - t0 >= 0, p1 - p0 >= 0, p1 - p0 >= 0.005)
print(type(t0).__name__, type(p0).__name__, t0 > 1_000_000_000)
total = 0
start = time.perf_counter()
for i in range(10000):
    total += i
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, elapsed < 5)
print(time.sleep(0) is None)
