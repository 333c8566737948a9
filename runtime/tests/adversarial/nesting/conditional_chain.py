# generate
# A chain of conditional expressions: MemoryError from the parser.
print("x = " + "1 if 1 else " * 1_000_000 + "1")
