# generate
# A 300,000-term comparison chain is flat: it compiles and runs.
print("print(0 " + "< 1 " * 300_000 + ")")
print("print(1 " + "== 1 " * 300_000 + ")")
