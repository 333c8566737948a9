# A generator dropped while suspended in a try or with is closed at once,
# as CPython does: its finally and __exit__ run before the next statement,
# and what its cleanup raises is printed, not raised.
def g():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')

for x in g():
    break
print('after')

def h():
    with Ctx():
        yield 'a'
        yield 'b'

class Ctx:
    def __enter__(self):
        print('enter')
    def __exit__(self, *a):
        print('exit', a[0].__name__ if a[0] else None)

it = h()
print(next(it))
del it
print('deleted')

def plain():
    yield 1
    yield 2
p = plain(); next(p); p = None
print('plain dropped')

def f():
    gen = g()
    next(gen)
    return 'f returns'
print(f())

def bad():
    try:
        yield 1
    finally:
        raise ValueError('boom in finally')
b = bad(); next(b); b = None
print('after bad')

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn(); next(s); s = None
print('after stubborn')

def caught():
    try:
        yield 1
    except GeneratorExit:
        print('caught GeneratorExit')
        raise
c = caught(); next(c)
c = 5
total = 0
for i in range(3):
    for x in g():
        total += x
        break
print('total', total)
print(sum(1 for _ in range(10) if True))
