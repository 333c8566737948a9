# time module: only behaviour with deterministic output (types, monotonicity, sleep)
import time

t = time.time()
print(type(t).__name__, t > 1_600_000_000)
p1 = time.perf_counter()
total = sum(i * i for i in range(20000))
p2 = time.perf_counter()
print(total, type(p1).__name__, p2 >= p1)
m1 = time.monotonic()
time.sleep(0.01)
m2 = time.monotonic()
print(m2 - m1 >= 0.005, m2 > m1)
n1 = time.perf_counter_ns()
n2 = time.perf_counter_ns()
print(type(n1).__name__, n2 >= n1)
print(type(time.time_ns()).__name__, time.time_ns() > 10 ** 18)
print(time.sleep(0), time.sleep(0.0))
start = time.perf_counter()
time.sleep(0.02)
elapsed = time.perf_counter() - start
print(elapsed >= 0.015, elapsed < 5)
# timing decorator that only reports whether it measured something
def timed(fn):
    def wrapper(*a):
        s = time.perf_counter()
        r = fn(*a)
        d = time.perf_counter() - s
        return r, d >= 0
    return wrapper
@timed
def work(n):
    return sum(range(n))
print(work(1000))
gm = time.gmtime(0)
print(gm.tm_year, gm.tm_mon, gm.tm_mday, gm.tm_hour, gm.tm_yday)
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365)))
print(time.gmtime(1_000_000_000)[:6])
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    time.sleep("1")
except TypeError as e:
    print(type(e).__name__, e)
