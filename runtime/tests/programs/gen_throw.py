# generator.throw: handled and unhandled thrown exceptions, throw before start, through yield from
def worker():
    print("  worker start")
    try:
        while True:
            try:
                x = yield
                print("  processing", x)
            except ValueError as e:
                print("  recovered from", repr(e))
                yield "recovered"
    except GeneratorExit:
        print("  closing worker")
        raise
    finally:
        print("  worker finally")

w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad input")))
next(w)
w.send(2)
w.close()
w.close()            # closing twice is fine
try:
    w.send(3)
except StopIteration:
    print("send after close -> StopIteration")

def unhandled():
    yield 1
    yield 2
u = unhandled()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(u, "exhausted"))

# throw into a not-started generator
v = unhandled()
try:
    v.throw(RuntimeError("early"))
except RuntimeError as e:
    print("early throw", e)
print(list(v))

# throw with an exception class, and return value after throw
def catcher():
    try:
        yield "first"
    except ZeroDivisionError:
        return "caught and returned"
c = catcher()
next(c)
try:
    c.throw(ZeroDivisionError)
except StopIteration as e:
    print("StopIteration value:", e.value)
# throw propagates through yield from
def sub():
    try:
        yield "sub"
    except TypeError:
        yield "sub caught TypeError"
def main():
    yield from sub()
    yield "main continues"
m = main()
print(next(m), m.throw(TypeError), next(m))
