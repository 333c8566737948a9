# Builtin types expose their native operations as special methods (slot
# wrappers): explicit calls, super() from subclasses, and class attributes.

# Numbers: the operand types each slot handles, NotImplemented otherwise.
print((5).__add__(3), (5).__radd__(2), (5).__sub__(1.0), int.__add__(1, 2))
print(float.__add__(1.0, 2), (1).__eq__(1.0), (1.0).__eq__(1), 'a'.__eq__(1))
print((3).__pow__(2, 5), (7).__divmod__(2), (7.5).__rdivmod__(2), (2).__rpow__(3))
print((5).__round__(-1), (2.5).__round__(), (2.7).__floor__(), (2.2).__ceil__())
print((2.7).__trunc__(), (-3).__abs__(), (5).__invert__(), (0).__bool__())
print((7).__index__(), (2.5).__int__(), (3).__float__(), (-2.0).__neg__())
print(True.__and__(False), True.__or__(1), True.__xor__(True), int.__repr__(True))
print((10).__format__('x'), (1.5).__format__('.3f'), 'ab'.__format__('>4'))
print((12).__lt__(13), (1.5).__ge__(2), (1).__lt__('a'), {}.__lt__({}))

# Sequences and containers.
print([1].__add__([2]), (1,).__mul__(2), [1, 2].__contains__(2))
print([3, 4].__getitem__(1), 'ab'.__len__(), 'x'.__mul__(3), 'a%sb'.__mod__(5))
print(str.__str__('x'), repr(str.__repr__('x')), b'ab'.__getitem__(0))
s = {1}
print(s.__ior__({2}) is s, s, s.__or__([3]), frozenset([1]).__hash__() == hash(frozenset([1])))
d = {1: 2}
print(d.__ior__({3: 4}) is d, d, d.__or__(1))
l = [1]
print(l.__iadd__((5, 6)) is l, l, l.__imul__(2) is l, l)
d.__setitem__(9, 10); d.__delitem__(1); print(d, d.__len__(), list(d.__iter__()))
print(list([1, 2, 3].__reversed__()), range(5).__len__(), range(3).__getitem__(1))
print({}.keys().__len__(), {1: 2}.items().__contains__((1, 2)), {1: 2}.keys().__and__({1}))

# Errors name the descriptor and the operand.
for thunk in (lambda: [1].__add__((1,)), lambda: int.__add__('a', 1),
              lambda: [1].__mul__('a'), lambda: (1).__neg__(1), lambda: int.__add__(),
              lambda: 'a'.__add__(1), lambda: (1,).__add__([2])):
    try:
        thunk()
    except TypeError as e:
        print("TypeError:", e)

# Iterators and generators.
it = iter([1, 2])
print(it.__iter__() is it, it.__next__(), next(it))
try:
    it.__next__()
except StopIteration:
    print("stop")
g = (x for x in [7])
print(g.__next__(), g.__iter__() is g)
print(hasattr([], '__iter__'), hasattr(5, '__iter__'), hasattr(iter([]), '__next__'))
print(hasattr(None, '__bool__'), None.__bool__(), callable(int.__add__))

# Callables and descriptors.
def f(a, b=2):
    return a + b
print(f.__call__(1), len.__call__([1]), int.__call__('5'), f.__get__(None, int) is f)
print(f.__get__(10)(), staticmethod(f).__get__(1)(1), classmethod(f).__get__(1).__self__)
class K:
    @property
    def p(self):
        return 9
    @p.setter
    def p(self, v):
        print("set", v)
k = K()
K.p.__set__(k, 3)
print(K.p.__get__(k), K.p.__get__(None, K) is K.p)

# Types of the wrappers.
print(type(int.__add__).__name__, type((1).__add__).__name__, type(list.append).__name__)
print(int.__add__, list.__iadd__, object.__eq__, str.__len__)
print(int.__add__ is int.__add__, object.__eq__ is object.__eq__)

# object's slots through super() and as class attributes.
class A:
    def __eq__(self, o):
        return super().__eq__(o)
a = A()
print(a == a, A() == A(), A().__eq__(1), a.__ne__(a), A.__hash__)
class B:
    __hash__ = object.__hash__
    def __eq__(self, o):
        return False
b = B()
print(hash(b) == object.__hash__(b), b != b, object.__ne__(b, b))
class C:
    def __format__(self, spec):
        return "F" + super().__format__(spec)
    def __str__(self):
        return "S"
print(format(C()), f"{C()}")
try:
    format(C(), "x")
except TypeError as e:
    print(e)
print(object.__lt__(a, a), object.__subclasshook__(), A.__init_subclass__())

# Subclasses of builtins reach their base's slots through super().
class L(list):
    def __getitem__(self, i):
        return super().__getitem__(i) * 10
    def __len__(self):
        return super().__len__() + 100
    def __iter__(self):
        return super().__iter__()
    def __repr__(self):
        return "L" + super().__repr__()
    def __add__(self, x):
        return L(super().__add__(x))
l = L([1, 2])
print(l[1], len(l), list(l), repr(l), type(l + [3]).__name__, l + [3])
class T(tuple):
    def __add__(self, o):
        return ('T',) + super().__add__(o)
print(T((1,)) + (2,), T([1, 2]), type(T([1, 2])).__name__)
class D(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
    def __contains__(self, k):
        return super().__contains__(k) or k == 'any'
dd = D(a=1)
print(dd['a'], 'any' in dd, 'a' in dd, 'b' in dd)

# functools.total_ordering tells defined methods from object's.
import functools
@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __eq__(self, o):
        return self.v == o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2))
print(sorted(n for n in dir(int) if n.startswith('__r'))[:6])
print('__reduce_ex__' in dir(1), sorted(n for n in dir(int) if n.startswith('__r'))[:4])
class R:
    def __init__(self):
        self.x = 1
    def __reduce_ex__(self, proto):
        rv = super().__reduce_ex__(proto)
        return rv
import pickle
r = pickle.loads(pickle.dumps(R()))
print(type(r).__name__, r.x, object.__reduce_ex__(R(), 2)[0].__name__)
class W:
    def __dir__(self):
        return ['b', 'a']
print(dir(W()), dir(5) == dir(int) or "differs")
