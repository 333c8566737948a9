# __name__, __qualname__, __bases__, __dict__, __class__, __module__, type()
class Outer:
    class Inner:
        class Deep:
            def method(self):
                pass
    def method(self):
        def local():
            pass
        return local

print(Outer.__name__, Outer.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.Deep.__qualname__, Outer.Inner.Deep.method.__qualname__)
print(Outer().method().__qualname__)
print(Outer.__module__, __name__)

def factory():
    class Made:
        pass
    return Made
M = factory()
print(M.__name__, M.__qualname__)

class A: pass
class B: pass
class C(A, B):
    attr = 1
    def m(self): return 2
print(C.__bases__ == (A, B), [b.__name__ for b in C.__bases__], A.__bases__ == (object,))
print(sorted(k for k in C.__dict__ if not k.startswith("__")))
c = C()
print(c.__dict__)
c.x = 1
c.y = [2]
print(c.__dict__)
print(type(c) is C, c.__class__ is C, type(C) is type, type(type) is type)
print(type(c).__name__, type(3).__name__, type("s").__name__, type(None).__name__, type(len).__name__)
print(repr(C).startswith("<class '__main__.C'>"), repr(int), str(A))
print(type(c)().attr, type(c)().m())
# modifying __class__
class D(A): 
    def who(self): return "D"
class E(A):
    def who(self): return "E"
obj = D()
print(obj.who())
obj.__class__ = E
print(obj.who(), type(obj).__name__)
# type() with three arguments creates a class
Dyn = type("Dyn", (A,), {"v": 5, "get": lambda self: self.v * 2})
print(Dyn.__name__, Dyn().get(), [k.__name__ for k in Dyn.__mro__])
print(isinstance(Dyn(), A), Dyn.__qualname__)
