# Every method of the builtin types called with too few and too many
# arguments: the error is worded by the method's calling convention in
# CPython (METH_NOARGS, METH_O, Argument Clinic, PyArg_ParseTuple, or a
# slot wrapper's "expected N arguments").

# Methods Coral does not have yet (the bytes methods are Level 3).
MISSING = set("""
bool.__getnewargs__ bytes.__bytes__ bytes.__getnewargs__ bytes.__rmod__
bytes.capitalize bytes.center bytes.expandtabs bytes.hex bytes.islower
bytes.istitle bytes.isupper bytes.ljust bytes.maketrans bytes.rjust
bytes.rsplit bytes.swapcase bytes.title bytes.translate bytes.zfill
float.__getformat__ float.__getnewargs__ int.__getnewargs__
str.__getnewargs__ str.__rmod__ tuple.__getnewargs__
""".split())
SKIP = {'__init_subclass__', '__subclasshook__', '__new__', '__init__', '__class__',
        '__getattribute__', '__delattr__', '__setattr__', '__reduce__', '__reduce_ex__',
        '__dir__', '__getstate__', '__sizeof__', '__class_getitem__', '__doc__', '__hash__'}

samples = [1, 1.5, 'ab', b'ab', [1, 2], (1, 2), {1: 2}, {1, 2}, frozenset([1]),
           range(3), True, None]
for s in samples:
    t = type(s)
    for name in sorted(dir(t)):
        if name in SKIP or f'{t.__name__}.{name}' in MISSING:
            continue
        m = getattr(s, name)
        if not callable(m):
            continue
        for nargs in (0, 4):
            try:
                m(*([0] * nargs))
                out = 'ok'
            except Exception as e:
                out = f'{type(e).__name__}: {e}'
            print(f'{t.__name__}.{name}/{nargs}: {out}')
