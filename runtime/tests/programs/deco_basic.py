# decorators: plain functions, classes, instances and lambdas used as decorators
def shout(fn):
    def wrapper(*args, **kwargs):
        return str(fn(*args, **kwargs)).upper() + "!"
    return wrapper

@shout
def greet(name):
    return f"hello {name}"
print(greet("ann"), greet.__name__)

# the decorator syntax is just assignment
def plain(name):
    return f"hi {name}"
manual = shout(plain)
print(manual("bob"))

# a class used as a decorator
class Counted:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0
    def __call__(self, *args):
        self.count += 1
        return self.fn(*args)

@Counted
def square(x):
    return x * x
print(square(3), square(4), square.count, type(square).__name__)

# an instance used as a decorator (registry)
class Registry:
    def __init__(self):
        self.funcs = {}
    def __call__(self, fn):
        self.funcs[fn.__name__] = fn
        return fn
register = Registry()
@register
def alpha(): return "a"
@register
def beta(): return "b"
print(sorted(register.funcs), register.funcs["beta"](), alpha())

# decorators that replace the function with something else entirely
@lambda fn: fn.__name__
def named(): pass
print(named, type(named).__name__)
@callable
def also():
    pass
print(also)

def constant(fn):
    return 42
@constant
def whatever(): return 0
print(whatever)

# arbitrary expressions as decorators (PEP 614)
decorators = {"shout": shout, "id": lambda f: f}
@decorators["shout"]
def d1(): return "dict lookup"
@(lambda f: f)
def d2(): return "inline lambda"
print(d1(), d2())
# decorators run at definition time
order = []
def mark(fn):
    order.append(fn.__name__)
    return fn
@mark
def first(): pass
@mark
def second(): pass
print(order)
