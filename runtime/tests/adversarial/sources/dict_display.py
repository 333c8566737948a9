# generate
# A 300,000-entry dict display compiles in linear time.
print("d = {" + ", ".join(f"{i}: 'v{i}'" for i in range(300_000)) + "}")
print("print(len(d), d[0], d[299_999])")
