# generate
# Thousands of functions and 100,000 global names.
for i in range(20_000):
    print(f"def f{i}(a, b={i}): return a + b")
for i in range(100_000):
    print(f"g{i} = '{i}'")
print("print(f0(1), f19999(2), g0, g99999)")
