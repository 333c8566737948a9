# generate
# Blocks nested 150 deep: too many levels of indentation.
for i in range(150):
    print(" " * i + "if True:")
print(" " * 150 + "pass")
