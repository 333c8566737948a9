# __exit__ return values: truthy suppresses, falsy propagates; selective suppression
class Ignore:
    def __init__(self, *types):
        self.types = types
        self.caught = []
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught.append(repr(ev))
            return True
        return False

ig = Ignore(KeyError, IndexError)
with ig:
    {}["a"]
with ig:
    [][3]
try:
    with ig:
        int("x")
except ValueError as e:
    print("propagated", e)
print(ig.caught)

def find(items, target):
    with Ignore(StopIteration):
        return next(i for i, x in enumerate(items) if x == target)
    return -1
print(find("abc", "c"), find("abc", "z"))

class ReturnsValue:
    def __init__(self, value):
        self.value = value
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return self.value
for v in (1, 0, "", "yes", [], [0], None):
    try:
        with ReturnsValue(v):
            raise RuntimeError("x")
        print(repr(v), "suppressed")
    except RuntimeError:
        print(repr(v), "propagated")

# suppression inside a loop and function
results = []
for n in [2, 0, 5, 0, 1]:
    with Ignore(ZeroDivisionError):
        results.append(10 // n)
        continue
    results.append("skipped")
print(results)

# __exit__ raising its own exception replaces the original
class Replace:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        raise TypeError(f"replaced {et.__name__}")
try:
    with Replace():
        raise ValueError("original")
except TypeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
# suppressing BaseException subclasses works too
class Quit(BaseException):
    pass
with Ignore(Quit):
    raise Quit()
print("survived Quit")
