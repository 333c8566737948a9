# super() misuse and edge cases: wrong arguments, no arguments outside a class, attribute lookup
class A:
    def hello(self):
        return "A.hello"
    @classmethod
    def make(cls):
        return f"A.make for {cls.__name__}"
class B(A):
    def hello(self):
        return "B>" + super().hello()
class Unrelated:
    pass

b = B()
print(super(B, b).hello(), super(B, B).make(), super(B, b).make())
print(super(A, b).__class__.__name__, type(super(B, b)).__name__)

def show(fn):
    try:
        print("ok", fn())
    except (TypeError, RuntimeError, AttributeError) as e:
        print(type(e).__name__, e)

show(lambda: super(B, Unrelated()))
show(lambda: super(B, 5))
show(lambda: super(5, b))
show(lambda: super(A, b).hello())
show(lambda: super(B, b).nothing)
def outside():
    return super()
show(outside)

class C(B):
    def hello(self):
        def inner():
            return super().hello()    # no __class__ cell / first argument in a nested function
        return inner()
show(lambda: C().hello())

class D(B):
    def hello(self):
        return "D>" + super().hello()
    @staticmethod
    def static():
        return super().hello()
show(lambda: D().hello())
show(lambda: D.static())
# unbound super object
s = super(B)
print(type(s).__name__)
# super() inside __init__ of a subclass of a builtin
class Tally(dict):
    def __init__(self, *keys):
        super().__init__((k, 0) for k in keys)
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
t = Tally("x", "y")
t["x"] = 3
print(t)
