"""pickle.dumps/loads speed on a small instance and a 1000-entry dict.
Run under coral and python3: coral stress/measure/pickle_speed.py"""
import pickle, time
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
p = Point(1, 2)
N = 5000
t = time.perf_counter()
for _ in range(N): b = pickle.dumps(p)
t1 = time.perf_counter()
for _ in range(N): pickle.loads(b)
t2 = time.perf_counter()
data = {"k%d" % i: [i, float(i), "s%d" % i] for i in range(1000)}
t3 = time.perf_counter()
for _ in range(20): bb = pickle.dumps(data)
t4 = time.perf_counter()
for _ in range(20): pickle.loads(bb)
t5 = time.perf_counter()
print("dumps instance %.1f us, loads %.1f us, dumps dict1000 %.0f us, loads %.0f us" % ((t1-t)/N*1e6, (t2-t1)/N*1e6, (t4-t3)/20*1e6, (t5-t4)/20*1e6))
