# super() with and without arguments, cooperative multiple inheritance
class Base:
    def __init__(self):
        self.log = ["Base"]
    def hello(self):
        return "Base.hello"

class A(Base):
    def __init__(self):
        super().__init__()
        self.log.append("A")
    def hello(self):
        return "A>" + super().hello()

class B(Base):
    def __init__(self):
        super(B, self).__init__()
        self.log.append("B")
    def hello(self):
        return "B>" + super(B, self).hello()

class C(A, B):
    def __init__(self):
        super().__init__()
        self.log.append("C")
    def hello(self):
        return "C>" + super().hello()

c = C()
print(c.log)
print(c.hello())
print(super(A, c).hello())        # skip A in C's MRO -> B
print(super(B, c).hello())        # next after B is Base
print(super(C, c).hello())

# cooperative **kwargs passing
class Shape:
    def __init__(self, **kw):
        self.extra = kw
class Colored(Shape):
    def __init__(self, color="black", **kw):
        self.color = color
        super().__init__(**kw)
class Sized(Shape):
    def __init__(self, size=1, **kw):
        self.size = size
        super().__init__(**kw)
class Thing(Colored, Sized):
    pass
t = Thing(color="red", size=3, weight=9)
print(t.color, t.size, t.extra)

# super in classmethods and staticmethod-free helpers
class P:
    @classmethod
    def make(cls):
        return f"P.make({cls.__name__})"
class Q(P):
    @classmethod
    def make(cls):
        return "Q+" + super().make()
print(Q.make(), Q().make())

# super() accessing class attributes and properties
class R:
    label = "R-label"
    @property
    def value(self):
        return 10
class S(R):
    label = "S-label"
    @property
    def value(self):
        return super().value + 1
    def labels(self):
        return self.label, super().label
s = S()
print(s.value, s.labels())
