# generate
# A million calls in one chain: RecursionError during compilation.
print("x = f" + "()" * 1_000_000)
