# function call argument errors
def f(a, b):
    return a + b
def g(a, b=2, *, c):
    return a
def h():
    return 0
def k(*args, key):
    return args
def show(fn):
    try:
        r = fn()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: f(1, 2, 3))
show(lambda: f(1))
show(lambda: f())
show(lambda: f(1, 2, z=3))
show(lambda: f(1, a=1))
show(lambda: f(1, b=2, b2=3))
show(lambda: h(1))
show(lambda: h(x=1))
show(lambda: g(1))
show(lambda: g(1, 2, 3))
show(lambda: g(1, 2, 3, c=4))
show(lambda: g(c=1))
show(lambda: k(1, 2))
def one(x):
    return x
def zero():
    return 0
show(lambda: one())
show(lambda: zero(1))
show(lambda: one(1, x=2))
show(lambda: f(*[1, 2, 3, 4]))
show(lambda: f(**{"a": 1}))
show(lambda: f(**{"a": 1, "b": 2, "c": 3}))
show(lambda: f(1, *[2]))
def three(a, b, c):
    return a
show(lambda: three(1))
show(lambda: three())
show(lambda: three(1, 2, 3, 4, 5))
