import sys
def stage(n):
    sys.stderr.write(f"stage {n} starting\n")
    print("stage", n, "output")
    if n == 3:
        return {"ok": True}["missing"]
    return n
results = []
for n in range(1, 5):
    results.append(stage(n))
    print("results so far:", results)
