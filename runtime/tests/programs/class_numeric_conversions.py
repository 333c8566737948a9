# int(), float() and round() on instances of user classes: __int__ and
# __index__; __float__ then __index__; __round__ with and
# without ndigits; CPython's errors for wrong result types.


class I:
    def __int__(self):
        return 42


class X:
    def __index__(self):
        return 7


class F:
    def __float__(self):
        return 2.5


class R:
    def __round__(self, n=None):
        return ("rounded", n)


class BadI:
    def __int__(self):
        return "x"


class BadF:
    def __float__(self):
        return 3


class Plain:
    pass


print(int(I()), int(X()), float(F()), float(X()))
print(round(R()), round(R(), 2), round(R(), None))
print(int(I()) + 1, float(F()) * 2, type(int(X())).__name__, type(float(X())).__name__)
for bad in (
    lambda: int(BadI()),
    lambda: float(BadF()),
    lambda: round(Plain()),
    lambda: round(Plain(), 1),
    lambda: int(Plain()),
    lambda: float(Plain()),
):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
