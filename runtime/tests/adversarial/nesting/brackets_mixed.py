# generate
# Brackets one past the limit, of mixed kinds.
print("x = " + "([{" * 67 + "1" + "}])" * 67)
