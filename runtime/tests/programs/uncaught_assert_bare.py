# bare assert failing at module level: last stderr line is just "AssertionError"
x = 10
print("x is", x)
assert x == 10
assert isinstance(x, int), "x should be int"
checks = [x > 5, x % 2 == 0, str(x) == "10"]
print("checks:", checks)
assert all(checks)
try:
    assert x > 100
except AssertionError as e:
    print("caught empty assertion:", repr(e))
assert x < 5
print("unreachable")
