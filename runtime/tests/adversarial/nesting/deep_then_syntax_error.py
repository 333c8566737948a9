# generate
# A tree a million deep, then a syntax error: SyntaxError, the tree freed without recursion.
print("x = a" + ".b" * 1_000_000 + " +")
