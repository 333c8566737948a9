# pickle: every protocol writes CPython's exact bytes and reads them back.
import io
import pickle
class P:
    def __init__(s): s.x = 1
def f(): pass
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v,))
    def __eq__(self, o): return type(o) is R and o.v == self.v
class N:
    def __getnewargs__(self): return (1, 2)
    def __new__(cls, *a):
        o = object.__new__(cls); o.args = a; return o
class G:
    def __init__(self): self.a = 1; self.b = 2
    def __getstate__(self): return {'a': self.a}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
class E(Exception): pass
rec = [1]; rec.append(rec)
d = {}; d['self'] = d
vals = [True, False, 5, 255, 256, 65535, 65536, -1, -2**31, 2**31 - 1, 2**31, 2**40, -2**70, 2**2100, 0, 'ab\n\\é', '', 'x' * 300, 'snow\u2603\U0001F600', b'ab', b'', b'\x00' * 300,
        (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [1], [], list(range(2500)), {'a': 1}, {}, {i: str(i) for i in range(1200)}, {1}, set(), frozenset(), frozenset({1, 2}), set(range(1100)),
        P, f, len, 1.5, -0.0, float('inf'), 1e300, None, [P(), P()], ['s', 's', ('s',)], rec, d, (rec, rec), R(3), N(), G(), S(), E('boom', 1), ValueError('x'), [b'x' * 70000, 1], ['y' * 40000, 'z' * 40000],
        range(1, 10, 2), slice(1, 2), int, str, type(None), Ellipsis, NotImplemented]
import sys
out = []
for proto in range(6):
    for v in vals:
        try:
            b = pickle.dumps(v, proto)
        except Exception as e:
            out.append('%d %s: %s %s' % (proto, type(v).__name__, type(e).__name__, e))
            continue
        buf = io.BytesIO()
        pickle.Pickler(buf, proto).dump(v)
        same = buf.getvalue() == b
        buf.seek(0)
        back2 = pickle.Unpickler(buf).load()
        if not same or type(back2) is not type(pickle.loads(b)):
            out.append('  Pickler and dumps differ')
        back = pickle.loads(b)
        out.append('%d %s %d %s' % (proto, type(v).__name__, len(b), b.hex() if len(b) < 400 else sum(i * c for i, c in enumerate(b)) % 1000000007))
        r = repr(back)
        out.append('  ' + (r if len(r) < 200 else str(len(r))).split(' at 0x')[0])
print('\n'.join(out))
