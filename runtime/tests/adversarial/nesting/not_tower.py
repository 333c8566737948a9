# generate
# A million nots: MemoryError from the parser.
print("x = " + "not " * 1_000_000 + "1")
