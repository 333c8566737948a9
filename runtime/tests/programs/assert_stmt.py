# assert statements
assert True
assert 1 == 1, "never shown"
x = 5
assert x > 0 and x < 10
try:
    assert x > 10
except AssertionError as e:
    print("AssertionError caught, args:", e.args, "str:", repr(str(e)))
try:
    assert x > 10, "x must exceed 10"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert x < 0, f"x={x} is not negative"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args, repr(e))
try:
    assert None, 42
except AssertionError as e:
    print(e, e.args[0] + 1)
def checked_sqrt(v):
    assert v >= 0, "negative input"
    return v ** 0.5
print(checked_sqrt(16))
try:
    checked_sqrt(-1)
except AssertionError as e:
    print("caught:", e)
print(isinstance(AssertionError(), Exception))
