# generate
# Chains just under each limit compile and run as in CPython.
print("a = " + "+".join(["1"] * 2998))
print("b = " + "-" * 2997 + "1")
print("c = " + "(" * 200 + "1" + ")" * 200)
print("f = " + "lambda: " * 1000 + "7")
print("print(a, b, c)")
print("g = f")
print("for _ in range(1000): g = g()")
print("print(g)")
