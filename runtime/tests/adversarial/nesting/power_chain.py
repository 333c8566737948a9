# generate
# A right-nested power chain: MemoryError from the parser.
print("x = " + "**".join(["1"] * 1_000_000))
