# generate
# Thirty thousand nested lambdas: MemoryError from the parser.
print("f = " + "lambda: " * 30_000 + "1")
