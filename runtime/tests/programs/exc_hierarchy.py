# exception hierarchy: catching via base classes
names = [ZeroDivisionError, OverflowError, KeyError, IndexError, ValueError, TypeError,
         AttributeError, NameError, UnboundLocalError, StopIteration, RuntimeError, RecursionError,
         AssertionError, NotImplementedError, MemoryError, KeyboardInterrupt, SystemExit,
         ArithmeticError, LookupError, Exception, BaseException]
bases = [ArithmeticError, LookupError, RuntimeError, NameError, Exception, BaseException]
for exc in names:
    row = [exc.__name__]
    for b in bases:
        row.append("Y" if issubclass(exc, b) else ".")
    print(" ".join(row))
def classify(exc):
    try:
        raise exc("msg")
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except LookupError as e:
        return "lookup " + type(e).__name__
    except NameError as e:
        return "name " + type(e).__name__
    except RuntimeError as e:
        return "runtime " + type(e).__name__
    except Exception as e:
        return "exception " + type(e).__name__
    except BaseException as e:
        return "base " + type(e).__name__
for exc in names:
    print(classify(exc))
try:
    1 / 0
except (KeyError, ArithmeticError) as e:
    print("tuple with base:", type(e).__name__)
try:
    [][1]
except (ValueError, TypeError):
    print("wrong")
except Exception as e:
    print("fallthrough to Exception:", type(e).__name__)
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(KeyError(), Exception), isinstance(SystemExit(), Exception))
