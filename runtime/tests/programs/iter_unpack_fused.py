d = {"a": 1, "b": 2}
for k, v in d.items(): print(k, v)
for i, (k, v) in enumerate(d.items(), 10**20): print(i, k, v)
for a, b, c in zip("xyz", [1, 2], d): print(a, b, c)
for a, b in zip("xy", "pq", "rs") if False else []: pass
try:
    for a, b in zip("xy", "pqr", "s"): pass
except ValueError as e: print("VE", e)
try:
    for a, b, c in enumerate("xy"): pass
except ValueError as e: print("VE", e)
def g():
    yield 1; yield 2
for i, x in enumerate(g()): print(i, x)
e = enumerate("ab"); print(next(e), list(e))
z = zip(); print(list(z))
try:
    for k, v in d.items(): d["c"] = 3
except RuntimeError as e: print("RE", e)
