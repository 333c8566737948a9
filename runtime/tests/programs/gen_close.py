# generator.close: GeneratorExit, finally blocks, close on fresh/finished generators, ignoring GeneratorExit
def unhandled():
    yield 1
    yield 2

# ignoring GeneratorExit is an error
def stubborn():
    refused = False
    while True:
        try:
            yield
        except GeneratorExit:
            if refused:
                print("  giving up")
                return
            refused = True
            print("  refusing to close")
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
s.close()


# close on a fresh or finished generator does nothing
fresh = unhandled()
fresh.close()
print(list(fresh))

# close runs finally and except GeneratorExit in the right order
def tidy(name):
    try:
        yield f"{name}-1"
        yield f"{name}-2"
    except GeneratorExit:
        print(f"  {name}: GeneratorExit seen")
        raise
    finally:
        print(f"  {name}: finally")
t = tidy("t")
print(next(t))
t.close()
print(next(t, "closed"), list(tidy("u"))[-1])
# returning a value while closing is discarded
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = returns_on_close()
next(r)
print(r.close())
# close after an exception was raised inside
def raiser():
    yield 1
    raise ValueError("inner")
g = raiser()
next(g)
try:
    next(g)
except ValueError as e:
    print("raised", e)
g.close()
print(list(g))
