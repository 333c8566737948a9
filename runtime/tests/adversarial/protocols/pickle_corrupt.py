# timeout: 120
# Corrupted and truncated pickles: loads raises a Python exception for
# every one (which one may differ from CPython's C unpickler), and never
# takes the process down. (The .out file is the oracle: CPython 3.11
# itself prints SystemError noise on stderr for some of these.)
import pickle
import random

rng = random.Random(7)
values = ([1, "a", (2, 3)], {"k": b"x" * 300}, {1, 2}, 2**100, 1.5, [[[]]] * 3)
base = [pickle.dumps(v, p) for v in values for p in range(6)]
survived = 0
for i in range(4000):
    data = list(rng.choice(base))
    for _ in range(rng.randint(1, 4)):
        j = rng.randrange(len(data))
        data[j] = rng.randrange(256)
    if rng.random() < 0.2:
        data = data[:rng.randrange(len(data) + 1)]
    try:
        pickle.loads(bytes(data))
    except Exception:
        pass
    survived += 1
print("survived", survived)
