# None semantics
x = None
print(x, repr(x), str(x), type(x))
print(x is None, x is not None, x == None, x != None)
print(bool(x), not x, x or 'default', x and 'never')
def f():
    pass
def g():
    return
print(f(), g(), f() is None)
print([None, None], (None,), {None: None})
print(None in [1, None], None in [], [1, 2].append(3))
print(print("inner") is None)
lst = [3, 1, 2]
print(lst.sort(), lst)
d = {}
print(d.get('k'), d.get('k', None), d.setdefault('z'))
print(d)
print(f"{None}", f"{None!r}", "%s" % None, "{}".format(None))
print(None == 0, None == False, None == "")
try:
    None + 1
except TypeError as e:
    print('TypeError:', e)
try:
    None < 1
except TypeError as e:
    print('TypeError:', e)
try:
    len(None)
except TypeError as e:
    print('TypeError:', e)
try:
    n = None
    n()
except TypeError as e:
    print('TypeError:', e)
try:
    n = None
    n[0]
except TypeError as e:
    print('TypeError:', e)
try:
    for _ in None:
        pass
except TypeError as e:
    print('TypeError:', e)
