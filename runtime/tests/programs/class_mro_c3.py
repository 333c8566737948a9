# multiple inheritance: C3 linearization in several shapes
def mro(c):
    return [k.__name__ for k in c.__mro__]

class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(mro(D))

# the classic example from the C3 paper
class O: pass
class F(O): pass
class E(O): pass
class DD(O): pass
class CC(DD, F): pass
class BB(DD, E): pass
class AA(BB, CC): pass
print(mro(AA))
print(mro(BB), mro(CC))

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
print(mro(Z), mro(W))

class K1(O): pass
class K2(O): pass
class K3(O): pass
class M1(K1, K2): pass
class M2(K2, K3): pass
class M3(K1, K3): pass
class Top(M1, M2, M3): pass
print(mro(Top))

# method resolution follows the MRO
class Base:
    def who(self): return "Base"
class Left(Base):
    def who(self): return "Left"
class Right(Base):
    def who(self): return "Right"
class Both(Left, Right): pass
class Both2(Right, Left): pass
print(Both().who(), Both2().who())
class OnlyRight(Base): pass
class Mixed(OnlyRight, Left): pass
print(mro(Mixed), Mixed().who())
# attribute lookup also follows the MRO
Left.tag = "L"
Base.tag = "B"
print(Both.tag, Both2.tag, OnlyRight.tag)
print(mro(object), mro(bool), mro(int))
print([k.__name__ for k in Both.__bases__])
