# NotImplemented fallthrough and the resulting TypeErrors
class A:
    def __add__(self, o):
        print("  A.__add__")
        return NotImplemented
    def __lt__(self, o):
        print("  A.__lt__")
        return NotImplemented
    def __eq__(self, o):
        print("  A.__eq__")
        return NotImplemented

class B:
    def __radd__(self, o):
        print("  B.__radd__")
        return NotImplemented
    def __gt__(self, o):
        print("  B.__gt__")
        return "B says gt"

class C:
    pass

def show(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "->", type(e).__name__, e)

show("A+B", lambda: A() + B())
show("A+C", lambda: A() + C())
show("C+C", lambda: C() + C())
show("C-1", lambda: C() - 1)
show("1*C", lambda: 1 * C())
show("C/C", lambda: C() / C())
show("C**2", lambda: C() ** 2)
show("C%'s'", lambda: C() % "s")
show("'s'%C", lambda: "%d" % C())
show("A<B", lambda: A() < B())      # A declines, reflected B.__gt__ answers
show("A<C", lambda: A() < C())
show("C<=C", lambda: C() <= C())
show("C>1", lambda: C() > 1)
show("A==C", lambda: A() == C())    # == falls back to identity
a = A()
show("a==a", lambda: a == a)
show("A!=C", lambda: A() != C())
show("-C", lambda: -C())
show("~C", lambda: ~C())
show("abs(C)", lambda: abs(C()))
show("C@C", lambda: C() @ C())
show("[]+C", lambda: [] + C())
show("1+'a'", lambda: 1 + "a")
show("None+1", lambda: None + 1)
show("C&C", lambda: C() & C())
show("C<<1", lambda: C() << 1)
print(type(NotImplemented).__name__, repr(NotImplemented))
