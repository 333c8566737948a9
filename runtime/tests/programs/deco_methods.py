# decorating methods: function decorators bind normally, class-based decorators need __get__
import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(self, *args):
        result = fn(self, *args)
        self.log.append(f"{fn.__name__}{args} -> {result}")
        return result
    return wrapper

class Calculator:
    def __init__(self):
        self.log = []
    @logged
    def add(self, a, b):
        return a + b
    @logged
    def neg(self, a):
        return -a

c = Calculator()
c.add(1, 2)
c.neg(5)
print(c.log, Calculator.add.__name__)

class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)

class NoBinding:
    @CountCalls
    def method(self, x):
        return x * 2
nb = NoBinding()
try:
    nb.method(3)
except TypeError as e:
    print(type(e).__name__, e)
print(nb.method(nb, 3), NoBinding.method.calls)

class BindingCounter(CountCalls):
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self, obj)
class WithBinding:
    @BindingCounter
    def method(self, x):
        return f"{type(self).__name__} got {x}"
w = WithBinding()
print(w.method(1), w.method(2), WithBinding.method.calls, WithBinding.method.__name__)

# decorator that works for both functions and methods by passing everything through
def trace(fn):
    def wrapper(*args, **kwargs):
        names = [type(a).__name__ for a in args]
        print(f"  call {fn.__qualname__} with {names}")
        return fn(*args, **kwargs)
    return wrapper
class Shop:
    @trace
    def buy(self, item, qty=1):
        return f"{qty} x {item}"
    @staticmethod
    @trace
    def info(x):
        return f"info {x}"
    @classmethod
    @trace
    def create(cls):
        return cls.__name__
print(Shop().buy("apple", qty=3), Shop.info(1), Shop.create())
