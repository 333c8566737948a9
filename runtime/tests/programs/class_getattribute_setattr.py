class A:
    def __init__(self):
        self.x = 1
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)
class B:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)
def f(o):
    for i in range(3):
        o.x = i
        print(o.x)
f(A()); f(B())
class C:
    def __getattribute__(self, name):
        if name.startswith("v"):
            return name.upper()
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
    def meth(self):
        return "meth"
c = C()
for i in range(2):
    print(c.value, c.missing, c.meth())
class D:
    def __getattribute__(self, name):
        raise AttributeError("nope " + name)
try:
    D().x
except AttributeError as e:
    print("AE", e)
class E(A):
    pass
e = E()
e.y = 5
print(e.y, e.x)
try:
    object.__getattribute__(C(), "zzz")
except AttributeError as e:
    print("AE", e)
