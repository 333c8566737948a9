# Deep recursion through protocols (repr, ==, <, hash, map, sorted keys,
# user __eq__ and __repr__): RecursionError where CPython raises it,
# never a crash; in the main thread and in a Python thread.
import sys, threading

def nest_list(n):
    l = []
    for _ in range(n):
        l = [l]
    return l

def nest_tuple(n):
    t = ()
    for _ in range(n):
        t = (t,)
    return t

def nest_dict(n):
    d = {}
    for _ in range(n):
        d = {'k': d}
    return d

def attempt(name, f):
    try:
        f()
        print(name, 'ok')
    except RecursionError:
        print(name, 'RecursionError')

def via_map(n):
    return list(map(via_map, [n + 1]))

class Deep:
    def __init__(self, inner): self.inner = inner
    def __eq__(self, other): return self.inner == other.inner
    def __repr__(self): return 'Deep(%r)' % (self.inner,)

def run():
    attempt('repr list', lambda: repr(nest_list(100000)))
    attempt('repr dict', lambda: repr(nest_dict(100000)))
    attempt('str tuple', lambda: str(nest_tuple(100000)))
    attempt('eq list', lambda: nest_list(100000) == nest_list(100000))
    attempt('lt tuple', lambda: nest_tuple(100000) < nest_tuple(100000))
    attempt('hash tuple', lambda: hash(nest_tuple(100000)))
    attempt('map', lambda: via_map(0))
    d1 = d2 = 1
    for _ in range(100000):
        d1, d2 = Deep(d1), Deep(d2)
    attempt('user eq', lambda: d1 == d2)
    attempt('user repr', lambda: repr(d1))
    attempt('sorted key', lambda: sorted([1], key=lambda x: sorted([x], key=lambda y: via_map(0))))
    big = nest_list(1000000)
    del big
    print('freed')


run()
t = threading.Thread(target=run)
t.start()
t.join()
