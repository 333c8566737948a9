# nested try, exceptions raised in except blocks, re-raise
def risky(kind):
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][1]
    if kind == "zero":
        return 1 // 0
    if kind == "type":
        return "a" + 1
    return "fine"
for k in ["key", "index", "zero", "type", "none"]:
    try:
        try:
            print(risky(k))
        except KeyError as e:
            print("inner KeyError", e)
            raise
        except IndexError:
            print("inner IndexError -> ValueError")
            raise ValueError("converted")
    except KeyError as e:
        print("outer got re-raised KeyError", repr(e))
    except ValueError as e:
        print("outer ValueError", e)
    except Exception as e:
        print("outer generic", type(e).__name__, e)
try:
    try:
        raise TypeError("first")
    except TypeError:
        raise KeyError("second")
except KeyError as e:
    print(repr(e), e.args)
try:
    try:
        1 / 0
    finally:
        print("finally before propagation")
except ZeroDivisionError as e:
    print("propagated", e)
def level3():
    raise NotImplementedError("deep")
def level2():
    try:
        level3()
    except ValueError:
        print("wrong handler")
def level1():
    try:
        level2()
    except NotImplementedError as e:
        return "level1 caught: " + str(e)
print(level1())
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        try:
            raise TypeError("b")
        except TypeError as e2:
            print("innermost", e2)
        print("still in handler", e)
except Exception:
    print("never")
print("end")
