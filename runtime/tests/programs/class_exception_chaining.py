# __cause__, __context__, __suppress_context__, raise from, raise from None, re-raise
class ParseError(Exception):
    pass

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(f"cannot parse {s!r}") from e

try:
    parse("abc")
except ParseError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__context__ is e.__cause__, e.__suppress_context__)

def implicit():
    try:
        {}["k"]
    except KeyError:
        raise ParseError("during handling")

try:
    implicit()
except ParseError as e:
    print(e.__cause__, type(e.__context__).__name__, repr(e.__context__), e.__suppress_context__)

def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ParseError("clean") from None

try:
    suppressed()
except ParseError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

# explicit cause that is a different exception object
try:
    raise RuntimeError("outer") from KeyError("inner")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)

# chain walking
def walk(exc):
    out = []
    while exc is not None:
        out.append(f"{type(exc).__name__}({exc})")
        exc = exc.__cause__ or exc.__context__
    return " <- ".join(out)

try:
    try:
        try:
            [][1]
        except IndexError as a:
            raise ValueError("level2") from a
    except ValueError:
        raise TypeError("level3")
except TypeError as top:
    print(walk(top))

# bare raise keeps the same object
try:
    try:
        raise ParseError("same")
    except ParseError as inner:
        saved = inner
        raise
except ParseError as outer:
    print(outer is saved)
e = ParseError("fresh")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e2 = ParseError("x")
e2.__cause__ = ValueError("set manually")
print(repr(e2.__cause__), e2.__suppress_context__)
