# helper module for import tests (prints nothing)
PI_ISH = 3.14
NAMES = ["alpha", "beta"]
_private = "hidden"

def double(x):
    return x * 2

def greet(name="world"):
    return f"hello, {name}"

class Box:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Box({self.v!r})"

def who_am_i():
    return __name__
