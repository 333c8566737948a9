# functools.singledispatch/singledispatchmethod (MRO dispatch, register forms, registry, errors), partialmethod, recursive_repr, get_cache_token.
import functools
from functools import singledispatch, singledispatchmethod, partialmethod, recursive_repr


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "raised", type(e).__name__, e)


def short(e):
    # error messages that embed a function's repr: drop the address
    msg = str(e)
    start = msg.find(' at 0x')
    if start >= 0:
        msg = msg[:start] + msg[msg.index('>', start):]
    return msg


print("--- singledispatch")


@singledispatch
def describe(obj, suffix=''):
    "Describe an object."
    return 'object:' + type(obj).__name__ + suffix


@describe.register(int)
def _(obj, suffix=''):
    return 'int:' + str(obj) + suffix


@describe.register(list)
def _describe_list(obj, suffix=''):
    return 'list of ' + str(len(obj)) + suffix


def describe_str(obj, suffix=''):
    return 'str:' + obj + suffix


returned = describe.register(str, describe_str)
print(returned is describe_str, _describe_list.__name__)
print(describe.__name__, describe.__doc__, describe.__wrapped__.__name__)


class MyList(list):
    pass


class Base:
    pass


class Derived(Base):
    pass


class Mixin:
    pass


class Diamond(Derived, Mixin):
    pass


print(describe(3), describe(True), describe(False), describe('s', suffix='!'))
print(describe([1, 2]), describe(MyList([1])), describe(2.5), describe(None), describe(Derived()))
describe.register(Base, lambda obj, suffix='': 'base' + suffix)
print(describe(Derived()), describe(Diamond()), describe(Base(), '?'))
describe.register(Mixin, lambda obj, suffix='': 'mixin')
print(describe(Diamond()))
describe.register(Diamond, lambda obj, suffix='': 'diamond')
print(describe(Diamond()), describe(Derived()))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(float) is describe.__wrapped__)
print(describe.dispatch(MyList) is _describe_list, describe.dispatch(object).__name__)
print(sorted(k.__name__ for k in describe.registry))
print(len(describe.registry), int in describe.registry, describe.registry[str] is describe_str,
      describe.registry.get(float), type(describe.registry).__name__)
try:
    describe.registry[float] = None
except TypeError as e:
    print(type(e).__name__, e)
reg = describe.registry
print(reg == reg.copy(), reg != reg.copy(), reg.copy() == reg, reg == {}, sorted(k.__name__ for k in reg.keys()) == sorted(k.__name__ for k in reg))
print(type(reg | {}).__name__, len({} | reg), reg.get(bytes, 'none'), len(reg.copy()), len(list(reg.items())), len(list(reg.values())))
try:
    reg |= {}
except TypeError as e:
    print(type(e).__name__, e)

# re-registering replaces the implementation and the dispatch cache is cleared
print(describe(5))
describe.register(int, lambda obj, suffix='': 'new int')
print(describe(5), describe(True))
describe.register(object, lambda obj, suffix='': 'new default')
print(describe(2.5), describe(describe))

print("--- register errors")
try:
    describe()
except TypeError as e:
    print(type(e).__name__, e)
try:
    describe(suffix='x')
except TypeError as e:
    print(type(e).__name__, e)


def plain(arg):
    return arg


try:
    describe.register(plain)
except TypeError as e:
    print(type(e).__name__, short(e))
try:
    describe.register(5, plain)
except TypeError as e:
    print(type(e).__name__, short(e))
try:
    describe.register('int', plain)
except TypeError as e:
    print(type(e).__name__, short(e))
try:
    describe.register(5)
except TypeError as e:
    print(type(e).__name__, short(e))

# decorator form: the decorator returns the function unchanged
deco = describe.register(float)
f_impl = deco(lambda obj, suffix='': 'float')
print(describe(1.5), f_impl(0))


class Sized:
    def __len__(self):
        return 42


@singledispatch
def size(x):
    raise NotImplementedError('no size for ' + type(x).__name__)


size.register(Sized, len)
size.register(str, lambda s: -len(s))
print(size(Sized()), size('abc'))
show("size(1)", lambda: size(1))


class Liar:
    # dispatch uses args[0].__class__, not type()
    @property
    def __class__(self):
        return str

    def __len__(self):
        return 5


print(size(Liar()), type(Liar()).__name__)

print("--- singledispatchmethod")


class Negator:
    def __init__(self, tag):
        self.tag = tag

    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError('Cannot negate ' + type(arg).__name__)

    @neg.register(int)
    def _(self, arg):
        return (self.tag, -arg)

    @neg.register(bool)
    def _(self, arg):
        return (self.tag, not arg)

    @singledispatchmethod
    @classmethod
    def make(cls, arg):
        return (cls.__name__, 'default', arg)

    @make.register(str)
    @classmethod
    def _(cls, arg):
        return (cls.__name__, 'str', arg)

    @singledispatchmethod
    @staticmethod
    def kind(arg):
        return 'thing'

    @kind.register(list)
    @staticmethod
    def _(arg):
        return 'list'


n = Negator('n1')
print(n.neg(5), n.neg(True), n.neg(3))
show("neg str", lambda: n.neg('x'))
print(Negator.make(1), Negator.make('s'), n.make(2.0))
print(Negator.kind([]), n.kind(()), Negator.kind(MyList()))
print(n.neg.__name__, Negator.neg.__name__, hasattr(n.neg, 'register'))


class SubNegator(Negator):
    pass


print(SubNegator.make('t'), SubNegator('sub').neg(1))
Negator.neg.register(float, lambda self, arg: (self.tag, 'float', -arg))
print(n.neg(1.5))
show("no args", lambda: n.neg())
try:
    singledispatchmethod(5)
except TypeError as e:
    print(type(e).__name__, e)

print("--- partialmethod")


class Cell:
    def __init__(self):
        self._alive = False

    def set_state(self, state, note=''):
        self._alive = bool(state)
        return (self._alive, note)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note='dead')
    set_dead_loud = partialmethod(set_dead, note='LOUD')

    @classmethod
    def build(cls, a, b):
        return (cls.__name__, a, b)

    build_one = partialmethod(build, 1)

    @staticmethod
    def pair(a, b):
        return (a, b)

    pair_x = partialmethod(pair, 'x')
    length = partialmethod(len)


c = Cell()
print(c.set_alive(), c._alive, c.set_dead(), c._alive, c.set_alive(note='n'))
print(c.set_dead_loud(), Cell.set_alive(c), Cell.set_dead(c, note='kw'))
bound = c.set_alive
print(type(bound).__name__, bound.__self__ is c, bound.args, bound.keywords)
print(Cell.build_one(2), c.build_one(3), Cell.pair_x('y'), c.pair_x('z'))
print(c.set_dead_loud.keywords, Cell.__dict__['set_dead_loud'].args, Cell.__dict__['set_dead_loud'].keywords)
print(Cell.__dict__['set_dead_loud'].func is Cell.__dict__['set_state'])
print(repr(partialmethod(len, 1, 2, k=3)))
print(repr(partialmethod(len)))
try:
    partialmethod(5)
except TypeError as e:
    print(type(e).__name__, e)
show("missing arg", lambda: c.set_state())
print(Cell.__dict__['set_alive'].__isabstractmethod__)


class Counter3:
    def __len__(self):
        return 3

    size = partialmethod(len)


print(Counter3().size(), Counter3.size(Counter3()))
unbound = Counter3.size
print(unbound._partialmethod is Counter3.__dict__['size'])

print("--- recursive_repr")


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @recursive_repr()
    def __repr__(self):
        return 'Node(%s, %r)' % (self.name, self.children)


class Tagged:
    def __init__(self):
        self.other = None

    @recursive_repr('<loop>')
    def __repr__(self):
        "the repr"
        return 'Tagged(%r)' % (self.other,)


root = Node('root')
kid = Node('kid')
root.children.append(kid)
kid.children.append(root)
root.children.append(root)
print(repr(root))
print(repr(kid))
t1 = Tagged()
t2 = Tagged()
t1.other = t2
t2.other = t1
print(t1, [t2])
print(Tagged.__repr__.__name__, Tagged.__repr__.__doc__, Tagged.__repr__.__qualname__)

print("--- get_cache_token")
tok = functools.get_cache_token()
print(type(tok).__name__, tok == functools.get_cache_token())
print([name in functools.__all__ for name in ('singledispatch', 'singledispatchmethod', 'partialmethod')])
