# isinstance, issubclass, type
values = [1, 1.0, "s", True, None, [1], (1,), {1: 1}, {1}, frozenset(), range(1), slice(1), 2 ** 100, len]
for v in values[:-1]:
    print(type(v), type(v).__name__)
print("builtin skipped")
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int))
print(isinstance(1, (str, float)), isinstance("x", (int, str)), isinstance(None, type(None)))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set))
print(isinstance(1, (int,)), isinstance(1, ()), isinstance(1.5, (int, (float, str))))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, int), issubclass(bool, (str, int)))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(ArithmeticError, Exception))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(KeyError, IndexError))
print(issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(OverflowError, ArithmeticError), issubclass(StopIteration, Exception), issubclass(MemoryError, Exception))
print(issubclass(AssertionError, Exception), issubclass(AttributeError, Exception), issubclass(TypeError, ValueError))
print(type(1) == int, type(True) == int, type(True) is bool, type("") is str, type(1.5) in (int, float))
print(type(1)(5.7), type("")(12), type([])("ab"), type(()) is tuple)
print(int, str, float, bool, list, tuple, dict, set, frozenset, range, type(None))
print(ValueError, KeyError, BaseException)
print(type(ValueError("x")), type(int), isinstance(int, type))
print(isinstance(ValueError("m"), Exception), isinstance(KeyError(), LookupError), isinstance(StopIteration(), Exception))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
