# abs, all, any, len
print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-2.5), abs(True), abs(False), abs(-(2 ** 100)))
print(abs(float("-inf")), abs(-1e-300))
print(all([]), all([1, 2]), all([1, 0]), all("abc"), all([[]]), all([None]), all(range(1, 5)))
print(any([]), any([0, 0, 1]), any([0, "", None]), any("a"), any([[]]), any(range(0)), any({0: 1}))
print(len("abc"), len([1, 2]), len((1,)), len({}), len({1: 2}), len(set()), len(range(10, 0, -2)), len("日本"))
print(len([[1, 2, 3]]), len("\n\t"), len(frozenset([1, 1])), len(""))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    all(5)
except TypeError as e:
    print("TypeError:", e)
