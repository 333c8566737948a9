# generate
# Ten million unary minuses: past the parser's stack (MemoryError), as in CPython.
print("x = " + "-" * 10_000_000 + "1")
