# Many threads update shared state under a lock; CPU-bound threads with a
# short switch interval still produce exact results.
import sys
import threading

sys.setswitchinterval(0.001)
print("switch interval:", sys.getswitchinterval())

counter = 0
lock = threading.Lock()


def bump(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


ts = [threading.Thread(target=bump, args=(2000,)) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counter:", counter)

tally = {}
rlock = threading.RLock()


def record(word, times):
    for _ in range(times):
        with rlock:
            with rlock:
                tally[word] = tally.get(word, 0) + 1


words = ["alpha", "beta", "gamma", "alpha", "beta", "alpha"]
ts = [threading.Thread(target=record, args=(w, 300)) for w in words]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("tally:", sorted(tally.items()))


def collatz_steps(lo, hi, out, idx):
    best = (0, 0)
    for n in range(lo, hi):
        k, steps = n, 0
        while k != 1:
            k = k // 2 if k % 2 == 0 else 3 * k + 1
            steps += 1
        if steps > best[0]:
            best = (steps, n)
    out[idx] = best


out = [None] * 4
ts = [threading.Thread(target=collatz_steps, args=(1 + i * 2500, 1 + (i + 1) * 2500, out, i)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("collatz per chunk:", out)
print("overall:", max(out))

fib_results = []


def fib_worker(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    fib_results.append((n, a % 1000007))


ts = [threading.Thread(target=fib_worker, args=(n,)) for n in (1000, 3000, 500, 2000, 10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("fib:", sorted(fib_results))
print("active after joins:", threading.active_count())
