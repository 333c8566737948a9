# TypeError: can only concatenate str (not "int") to str
def label(n):
    return "item " + n
print(label("one"))
parts = [label(str(i)) for i in range(3)]
print(parts)
print(" / ".join(parts))
print(label(2))
