# uncaught exception raised inside a generator consumed by a for loop
def checked(values):
    seen = 0
    for v in values:
        seen += 1
        yield v
    print("checked", seen, "values")
def readings(values):
    for i, v in enumerate(values):
        if v < 0:
            raise ValueError(f"negative reading at index {i}: {v}")
        yield v

total = 0
for r in checked(readings([1, 2])):
    total += r
for r in readings([4, 8, 15]):
    total += r
print("first total", total)
for r in readings([16, 23, -42]):
    print("reading", r)
print("not reached")
