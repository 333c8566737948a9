# generate
# A million attribute lookups in one chain: RecursionError during compilation.
print("x = a" + ".b" * 1_000_000)
