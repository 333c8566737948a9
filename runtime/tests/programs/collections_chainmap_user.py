# collections.ChainMap (lookup order, writes to maps[0], views, copy, new_child/parents, |, errors) and UserDict/UserList/UserString.
from collections import ChainMap, UserDict, UserList, UserString, defaultdict
import copy


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "raised", type(e).__name__, e)


print("--- ChainMap basics")
base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm)
print(cm['a'], cm['b'], cm['c'])
print(len(cm), list(cm), sorted(cm.items()), sorted(cm.values()))
print(list(cm.keys()), list(cm.items()), list(cm.values()))
print('a' in cm, 'z' in cm, bool(cm), bool(ChainMap()), bool(ChainMap({}, {})))
print(ChainMap(), ChainMap({}).maps, ChainMap().maps)
print(cm.get('a'), cm.get('z'), cm.get('z', 'dflt'))
show("missing", lambda: cm['zz'])
print(cm.maps[0] is over, cm.maps[1] is base)

print("--- iteration order")
c2 = ChainMap({'x': 1, 'a': 0}, {'b': 1, 'x': 2}, {'c': 1, 'b': 2, 'a': 3})
print(list(c2), list(c2.items()))

print("--- writes go to maps[0]")
cm['d'] = 4
cm['a'] = 100
print(over, base)
del cm['a']
print(over, base, cm['a'])
show("del missing", lambda: cm.__delitem__('a'))
show("del missing int", lambda: cm.__delitem__(5))
print(cm.pop('d'), over)
show("pop missing", lambda: cm.pop('a'))
print(cm.pop('a', 'default'))
print(cm.popitem(), over)
print(cm.popitem(), over)
show("popitem empty", lambda: cm.popitem())
cm['q'] = 1
cm.clear()
print(cm, over, base)
print(cm.setdefault('a', 5), cm.setdefault('n', 6), over)
cm.update({'u': 1}, v=2)
cm.update([('w', 3)])
print(over)

print("--- new_child / parents / copy")
root = ChainMap({'k': 0})
child = root.new_child()
print(child, child.maps[1] is root.maps[0])
child2 = root.new_child({'m': 1}, n=2)
print(child2)
child3 = root.new_child(p=9)
print(child3)
print(child2.parents, child2.parents.parents)
cp = child2.copy()
cp['m'] = 'changed'
cp['k'] = 'k0'
print(child2, cp, cp.maps[1] is child2.maps[1])
cc = copy.copy(child2)
print(type(cc).__name__, cc == child2, cc.maps[0] is child2.maps[0])
print(ChainMap.fromkeys('ab'), ChainMap.fromkeys([1, 2], 0))

print("--- equality and operators")
print(ChainMap({'a': 1}) == {'a': 1}, ChainMap({'a': 1}, {'a': 2}) == {'a': 1})
print(ChainMap({'a': 1}) == ChainMap({}, {'a': 1}), ChainMap() == [], ChainMap() != 3)
x = ChainMap({'a': 1}, {'b': 2})
y = x | {'a': 10, 'z': 26}
print(y, x)
print({'b': 0, 'c': 3} | x)
x |= {'c': 3}
print(x)
x |= [('d', 4)]
print(x)
show("| list", lambda: x | [1])
show("list |", lambda: [1] | x)
try:
    hash(ChainMap())
except TypeError as e:
    print(type(e).__name__, e)

print("--- views")
v = ChainMap({'a': 1}, {'b': 2, 'a': 3})
ks = v.keys()
print(ks, v.items(), v.values())
print(len(ks), 'a' in ks, 'z' in ks, ('a', 1) in v.items(), ('a', 3) in v.items(), 3 in v.values(), 1 in v.values())
print(ks == {'a', 'b'}, ks == {'a'}, ks <= {'a', 'b', 'c'}, ks < {'a', 'b'}, ks >= {'a'}, ks > {'a', 'b'})
print(sorted(ks & {'a', 'x'}), sorted(ks | {'x'}), sorted(ks - {'a'}), sorted(ks ^ {'a', 'y'}))
print(sorted(['b', 'q'] & ks), sorted({'q', 'a'} - ks))
print(ks.isdisjoint(['x']), ks.isdisjoint(['a']))
print(sorted(v.items() & {('a', 1), ('b', 3)}))

print("--- defaultdict inside / __missing__")
dd = defaultdict(list)
cmd = ChainMap(dd, {'z': 1})
print(cmd['z'], cmd['new'], dict(dd))


class DefaultChain(ChainMap):
    def __missing__(self, key):
        return 'missing:' + str(key)


dc = DefaultChain({'a': 1})
print(dc['a'], dc['b'], dc.get('b'), 'b' in dc, type(dc.new_child()).__name__, dc.parents)

print("--- recursive repr")
r = ChainMap()
r.maps[0]['self'] = r
print(r)

print("--- UserDict")
ud = UserDict({'a': 1}, b=2)
print(ud, len(ud), ud['a'], ud.data, type(ud.data).__name__)
ud['c'] = 3
del ud['a']
print(ud, 'c' in ud, 'a' in ud, list(ud), sorted(ud.items()), ud.keys())
show("ud missing", lambda: ud['nope'])
show("ud del missing", lambda: ud.__delitem__('nope'))
print(ud.get('b'), ud.get('x', 0), ud.pop('b'), ud.pop('b', None), ud.setdefault('s', []))
show("ud pop", lambda: ud.pop('b'))
print(ud.popitem(), ud)
ud.clear()
print(ud, UserDict(), UserDict(None), UserDict([('k', 'v')]), UserDict(dict=5))
show("ud popitem empty", lambda: ud.popitem())
print(UserDict({'a': 1}) == {'a': 1}, UserDict({'a': 1}) == UserDict(a=1), UserDict() == [])
u1 = UserDict(a=1)
print(u1 | {'b': 2}, {'b': 2} | u1, u1 | UserDict(c=3), type(u1 | {}).__name__, type({} | u1).__name__)
u1 |= {'z': 26}
u1 |= UserDict(y=25)
print(u1)
show("ud | list", lambda: u1 | [1])
print(UserDict.fromkeys('xy', 0))


class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2


dfu = Defaulting(a=1)
print(dfu['a'], dfu['bb'], 'bb' in dfu, dfu.get('bb'), dfu.get('bb', 'd'))
c1 = dfu.copy()
c1['n'] = 1
print(type(c1).__name__, c1, dfu)
c2 = copy.copy(dfu)
print(type(c2).__name__, c2, c2.data is dfu.data)
u2 = UserDict(a=[1])
u3 = u2.copy()
print(u3, u3.data is u2.data, u3['a'] is u2['a'])

print("--- UserList")
ul = UserList([3, 1, 2])
print(ul, len(ul), ul[0], ul[-1], ul[1:], type(ul[1:]).__name__, ul.data)
print(UserList(), UserList((1, 2)), UserList(UserList([5])), UserList('ab'))
ul.append(4)
ul.insert(0, 0)
ul.extend([9])
ul.extend(UserList([8]))
print(ul)
print(ul.pop(), ul.pop(0), ul)
ul.remove(4)
ul.sort()
print(ul, ul.count(1), ul.index(2), 9 in ul, 5 in ul)
show("remove missing", lambda: ul.remove(42))
show("index missing", lambda: ul.index(42))
show("index range", lambda: ul[10])
ul.reverse()
print(ul, list(reversed(ul)), list(iter(ul)))
ul.sort(key=lambda n: -n, reverse=True)
print(ul)
print(ul + [7], [7] + ul, ul + (6,), (6,) + ul, ul * 2, 2 * ul, ul + UserList([0]))
ul += [5]
ul += (6,)
ul *= 2
print(ul)
ul[0] = 'first'
del ul[1]
ul[2:4] = ['s', 'l']
del ul[-2:]
print(ul)
print(UserList([1, 2]) == [1, 2], UserList([1, 2]) < [1, 3], UserList([1]) > UserList([0]), UserList([1]) <= [1], UserList([2]) >= [3])
l2 = ul.copy()
l2.append('x')
print(l2, ul, type(l2).__name__)
l3 = copy.copy(ul)
print(l3 == ul, l3.data is ul.data)
ul.clear()
print(ul, bool(ul), bool(UserList([0])))
try:
    hash(UserList())
except TypeError as e:
    print(type(e).__name__, e)

print("--- UserString")
us = UserString('Hello World')
print(us, repr(us), str(us), len(us), us[0], us[-5:], type(us[0]).__name__)
print(us.upper(), us.lower(), us.swapcase(), us.title(), us.capitalize(), us.casefold())
print(type(us.upper()).__name__, us.split(), us.rsplit('o', 1), us.partition(' '), us.rpartition('o'))
print(us.find('o'), us.rfind('o'), us.find(UserString('W')), us.count('l'), us.count(UserString('o')), us.index('W'), us.rindex('l'))
show("index missing", lambda: us.index('z'))
print(us.startswith('He'), us.endswith(('ld', 'x')), 'World' in us, UserString('lo') in us, us.isalpha(), UserString('42').isdigit())
print(us.replace('l', 'L', 2), us.replace(UserString('World'), UserString('There')), us.center(15, '*'), us.ljust(13, '.'), us.rjust(13))
print(UserString('  pad  ').strip(), UserString('xxhixx').strip('x'), UserString('  a').lstrip(), UserString('b  ').rstrip())
print(us.zfill(14), UserString('a\tb').expandtabs(4), us.encode(), us.join(['1', '2']), UserString('a\nb').splitlines())
print(us.removeprefix('Hello '), us.removesuffix(UserString(' World')), us.translate(UserString.maketrans('lo', '01')))
print(us + '!', '>' + us, us + UserString('?'), us + 5, us * 2, 2 * UserString('ab'), type('x' + us).__name__)
print(UserString('%s-%d') % ('a', 3), UserString('{}{x}').format(1, x=2), UserString('{a}').format_map({'a': 'b'}))
print(us == 'Hello World', us == UserString('Hello World'), us < 'Z', us > UserString('A'), us <= 'Hello World', us >= 'z')
print(hash(us) == hash('Hello World'), int(UserString('12')), float(UserString('1.5')))
print(UserString(42), UserString(UserString('x')), UserString(['l']), list(UserString('abc')), list(reversed(UserString('abc'))))
print(sorted([UserString('b'), UserString('a')]), UserString('ab').isupper(), UserString('AB').isupper())
print({UserString('k'): 1}[UserString('k')], us.isascii(), UserString('Ab Cd').istitle(), UserString(' ').isspace())
show("int bad", lambda: int(UserString('x')))

print("--- mixing")
inner = UserDict(a=1)
mix = ChainMap(inner, {'b': 0})
live = mix.keys()
mix['c'] = None
print(mix, sorted(live), mix.get('b', 'x'), mix.get('c', 'x'), inner.data)
print(ChainMap(UserDict(x=1)) == UserDict(x=1), UserDict(x=1) == ChainMap({'x': 1}))


class MyChain(ChainMap):
    pass


mc = MyChain({'a': 1})
print(mc, mc.new_child(), mc.parents, mc.copy(), type(mc | {}).__name__, type({} | mc).__name__)
print(MyChain.fromkeys(['k']), type(MyChain.fromkeys([])).__name__)

print("--- mappings that are not dicts")
ud_a = UserDict(a=1, shared='ud')
cm_b = ChainMap({'b': 2}, UserDict(shared='cm'))
print(ud_a | cm_b, type(ud_a | cm_b).__name__)
print(cm_b | ud_a, type(cm_b | ud_a).__name__)
cm_b |= ud_a
print(cm_b)
cm_b |= ChainMap({'c': 3}, {'d': 4})
print(cm_b)
ud_a |= ChainMap({'z': 0}, {'y': 1})
print(ud_a)
ud_a |= [('pair', 1)]
print(ud_a)
show("ud |= 5", lambda: ud_a.__ior__(5))
cm_ud = ChainMap(UserDict(k=1), {'j': 2})
cm_ud['new'] = 3
print(cm_ud, {'base': 0} | cm_ud, cm_ud.maps[0].data)
del cm_ud['k']
show("del from UserDict map", lambda: cm_ud.__delitem__('j'))
print(cm_ud.pop('new'), cm_ud)
show("pop UserDict map", lambda: cm_ud.pop('zz'))
show("popitem UserDict map", lambda: cm_ud.popitem())
