# __call__: callable instances used as functions, counters, and with builtins
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k

double = Multiplier(2)
print(double(21), callable(double), callable(Multiplier), callable(5))
print(list(map(double, [1, 2, 3])), sorted([3, -4, 1], key=Multiplier(-1)))

class CallCounter:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)

def add(a, b=10):
    return a + b
counted = CallCounter(add)
print(counted(1), counted(1, 2), counted(a=5, b=5), counted.calls)

class Adder:
    def __call__(self, *args, sep=None, **kw):
        return f"args={args} sep={sep} kw={sorted(kw.items())}"
a = Adder()
print(a())
print(a(1, 2, sep="-", z=3, y=4))
print(a(*[1, 2], **{"sep": "+"}))

# __call__ looked up on the type, not the instance
class Obj:
    pass
o = Obj()
o.__call__ = lambda: "instance attr"
print(callable(o))
try:
    o()
except TypeError as e:
    print(type(e).__name__, e)

# a callable returning callables
class Chain:
    def __init__(self, parts=()):
        self.parts = parts
    def __call__(self, part):
        return Chain(self.parts + (part,))
    def __str__(self):
        return ".".join(self.parts)
print(Chain()("a")("b")("c"))

try:
    Multiplier(3)()
except TypeError as e:
    print(type(e).__name__, e)
try:
    text = "not callable"
    text()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Multiplier(2)(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
# classes are callables too; calling a class vs. an instance
class Factory:
    made = 0
    def __init__(self):
        Factory.made += 1
    def __call__(self):
        return Factory()
f = Factory()
g = f()()
print(Factory.made, type(g).__name__)
