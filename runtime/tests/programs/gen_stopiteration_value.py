# StopIteration.value from return in generators, and RuntimeError for StopIteration raised inside
def gen_with_return(n):
    yield n
    return n * 100

g = gen_with_return(3)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, e.value, e.args, repr(e))

def no_return():
    yield 1
g = no_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)

def return_none():
    yield 1
    return None
g = return_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)

def return_tuple():
    return (1, 2)
    yield
try:
    next(return_tuple())
except StopIteration as e:
    print(e.value, e.args)

# for loops swallow the return value
def counted():
    yield "a"
    yield "b"
    return "total 2"
print([x for x in counted()])

# manual iteration capturing the return value
def drive(gen):
    out = []
    while True:
        try:
            out.append(next(gen))
        except StopIteration as stop:
            return out, stop.value
print(drive(counted()))

# PEP 479: StopIteration raised inside a generator becomes RuntimeError
def leaky():
    yield 1
    raise StopIteration("leaked")
try:
    list(leaky())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))

def leaky_next():
    it = iter([])
    yield next(it)
try:
    next(leaky_next())
except RuntimeError as e:
    print(type(e).__name__, e)

# StopIteration constructed directly
s = StopIteration("v1", "v2")
print(s.value, s.args)
print(StopIteration().value)
