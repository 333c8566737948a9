# generate
# 200,000 adjacent string literals join at compile time.
print("s = (" + " ".join(f'"a{i}"' for i in range(200_000)) + ")")
print("print(len(s), s[:10])")
