# generate
# Five thousand elifs nest that deep in CPython's tree: RecursionError.
print("x = 3\nif x == -1: pass")
for i in range(5000):
    print(f"elif x == {i}: print({i})")
