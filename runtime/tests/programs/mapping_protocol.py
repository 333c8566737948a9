# dict(x), dict.update(x), {**x}, f(**x) and d |= x read any mapping
# through keys() and __getitem__, as CPython's dict_merge does; dict
# subclasses are copied directly unless they override __iter__.
class Mapping:
    def __init__(self, data):
        self.data = data
    def keys(self):
        print("keys()")
        return list(self.data)
    def __getitem__(self, k):
        print("getitem", k)
        return self.data[k] * 10

m = Mapping({'a': 1, 'b': 2})
print(dict(m))
d = {'z': 0}
d.update(m)
print(d)
print({**m, 'c': 3})
def f(**kw):
    return sorted(kw.items())
print(f(**m))
d = {}
d |= m
print(d)
d |= [('p', 1), ('q', 2)]
print(d)
try:
    f(a=1, **m)
except TypeError as e:
    # (CPython names the callee; the message's end is what is compared.)
    print(str(e).split('() ')[-1])

class NotAMapping:
    pass
for thunk in (lambda: {**NotAMapping()}, lambda: f(**NotAMapping()), lambda: dict(NotAMapping()),
              lambda: {}.update(5), lambda: dict([(1, 2, 3)]), lambda: dict([1])):
    try:
        thunk()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, str(e).split('() ')[-1])

class Sub(dict):
    def keys(self):
        print("Sub.keys never used")
        return ['x']
    def __getitem__(self, k):
        return 'overridden'
s = Sub(a=1)
print(dict(s), {**s}, f(**s))

class IterSub(dict):
    def __iter__(self):
        print("IterSub.__iter__")
        return iter(['a'])
    def keys(self):
        print("IterSub.keys")
        return ['a']
    def __getitem__(self, k):
        return 'via getitem'
t = IterSub(a=1, b=2)
print(dict(t), {**t})

class Missing(dict):
    def __missing__(self, key):
        return 'missing ' + key
print('{x} {y}'.format_map(Missing(x=1)))

# reversed() honours __reversed__ = None; staticmethods are callable;
# str.maketrans stays static wherever it is reached.
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(NoRev())
except TypeError as e:
    print(e)
print(callable(staticmethod(len)), callable(classmethod(len)))
class U:
    maketrans = str.maketrans
print(U.maketrans('ab', 'xy') == U().maketrans('ab', 'xy') == 'q'.maketrans('ab', 'xy'))
print('abc'.translate('zz'.maketrans('ab', 'xy')))
