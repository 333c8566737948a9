# Class calls whose __init__ runs as a frame of the eval loop: defaults,
# inherited __init__, a non-None return, exceptions, and deep nesting.
class A:
    def __init__(self, x, y=2):
        self.x = x + y
class B(A):
    pass
class C:
    def __init__(self):
        return 5
class D:
    def __init__(self, v):
        if v < 0:
            raise ValueError("neg")
        self.v = v
print(A(1).x, B(1, 5).x, [A(i).x for i in range(3)])
try:
    C()
except TypeError as e:
    print(e)
try:
    D(-1)
except ValueError as e:
    print("caught", e)
print(D(3).v)
def deep(n):
    return D(n) if n == 0 else deep(n - 1)
print(deep(50).v)
