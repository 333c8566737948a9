# try / except / else / finally
def divide(a, b):
    try:
        r = a / b
    except ZeroDivisionError:
        print("  cannot divide", a, "by zero")
        return None
    else:
        print("  else: ok")
        return r
    finally:
        print("  finally for", a, b)
print(divide(10, 2))
print(divide(1, 0))
try:
    int("x")
except (TypeError, ValueError) as e:
    print("tuple catch:", type(e).__name__, e)
try:
    [][0]
except LookupError as e:
    print("base class catch:", type(e).__name__, e)
try:
    {}["k"]
except IndexError:
    print("wrong")
except KeyError as e:
    print("second clause:", repr(e))
try:
    None.foo
except:
    print("bare except caught")
try:
    raise ValueError("with", "multiple", 3)
except Exception as e:
    print(e.args, str(e), repr(e))
try:
    pass
except Exception:
    print("never")
else:
    print("else runs when no exception")
finally:
    print("finally always")
e = "outer"
try:
    1 / 0
except ZeroDivisionError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
def order():
    log = []
    try:
        log.append("try")
        raise KeyError("k")
    except KeyError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(order())
count = 0
while True:
    try:
        count += 1
        if count < 3:
            continue
        break
    finally:
        print("finally in loop", count)
for i in range(3):
    try:
        if i == 1:
            raise RuntimeError("one")
        print("ok", i)
    except RuntimeError as err:
        print("err", i, err)
