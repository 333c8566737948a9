# raise, raise from, re-raise, exception attributes
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
try:
    raise ValueError()
except ValueError as e:
    print(repr(e), e.args)
try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
except RuntimeError as e:
    print(repr(e), e.args)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no cause") from None
except ValueError as e:
    print(repr(e), str(e))
def reraise():
    try:
        int("bad")
    except ValueError:
        print("logging then re-raising")
        raise
try:
    reraise()
except ValueError as e:
    print("re-raised:", e)
err = KeyError("stored")
try:
    raise err
except KeyError as e:
    print(e is err, e)
try:
    raise TypeError("x", 1, None)
except TypeError as e:
    print(e, e.args, len(e.args))
try:
    raise Exception("plain")
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
def check(v):
    if not isinstance(v, int):
        raise TypeError(f"expected int, got {type(v).__name__}")
    if v < 0:
        raise ValueError(f"negative: {v}")
    return v
for v in [1, -1, "s", 2.5]:
    try:
        print(check(v))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, "-", e)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
