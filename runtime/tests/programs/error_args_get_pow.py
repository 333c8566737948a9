# dict.get's argument-count messages and the float power OverflowError's
# (errno, message) arguments, as CPython gives them.
for f in (lambda: {}.get(), lambda: {}.get(1, 2, 3), lambda: 2.0 ** 10000, lambda: (-2.0) ** 10001, lambda: 10.0 ** 400):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e), e.args, str(e))
print({}.get(1), {1: 2}.get(1, 5), 2.0 ** 10, 10.0 ** -400)
