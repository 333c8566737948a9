# generate
# A million subscripts in one chain, inside a call: RecursionError.
print("print(a" + "[0]" * 1_000_000 + ")")
