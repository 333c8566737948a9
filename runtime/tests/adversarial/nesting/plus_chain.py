# generate
# Three million terms: RecursionError during compilation, not a stack overflow.
print("x = " + "+".join(["1"] * 3_000_000))
print("print(x)")
