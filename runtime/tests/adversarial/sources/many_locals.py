# generate
# A function with 100,000 locals and as many constants.
print("def f():")
for i in range(100_000):
    print(f"    v{i} = {i}.5")
print("    return v0 + v99999")
print("print(f())")
