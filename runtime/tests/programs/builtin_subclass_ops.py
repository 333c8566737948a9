# Instances of list, dict and tuple subclasses keep their class through
# in-place operators, constructors and class methods, and errors name it.
class M(list):
    pass
m = M([1])
m += [2]
print(type(m).__name__, m)
m *= 2
print(type(m).__name__, m)
alias = m
m += (9,)
print(alias is m, m)

class D(dict):
    pass
d = D(a=1)
d |= {'b': 2}
print(type(d).__name__, d)
try:
    D() + 1
except TypeError as e:
    print(e)
try:
    1 - M()
except TypeError as e:
    print(e)
try:
    M() + 1
except TypeError as e:
    print(e)

class T(tuple):
    pass
t = T([1, 2])
print(t, type(t).__name__, T(), T(range(3)) + (5,), type(T("ab") + ()).__name__)
try:
    T(1, 2)
except TypeError as e:
    print(e)

class S(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
x = S.fromkeys("ab", 0)
print(type(x).__name__, x)
print(type(dict.fromkeys([1])).__name__, {}.fromkeys("xy"), D.fromkeys([3]))
print(int.from_bytes(b'\x01\x00', 'big'), (5).from_bytes(b'\x02', 'little'))
print(bytes.fromhex('4142'), b''.fromhex('41 42'))

# A builtin function stored on a class stays a plain function.
class C:
    f = len
    g = abs
print(C().f([1, 2]), C.g(-3), C().g(-4))

# A staticmethod is callable, also inside the class body.
class E:
    @staticmethod
    def s():
        return 5
    x = s()
print(E.x, E.s(), E().s())

# type(name, bases, ns) runs __init_subclass__, and class keywords reach it.
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        print("init_subclass", cls.__name__, kw)
X = type('X', (Base,), {})
class Y(Base, flag=1, name="y"):
    pass
class Strict:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
try:
    class Z(Strict, x=1):
        pass
except TypeError as e:
    print(e)
try:
    class N(x=1):
        pass
except TypeError as e:
    print(e)

# Class creation errors.
class A:
    pass
try:
    class B(A, A):
        pass
except TypeError as e:
    print(e)
try:
    class Q:
        __slots__ = ('a',)
        a = 1
except ValueError as e:
    print(e)
class P:
    __slots__ = ('u', 'v')
print([n for n in dir(P) if not n.startswith('__')])
