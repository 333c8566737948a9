# pickle: dump/load through files and BytesIO, several pickles in a row,
# the reduce protocol's corners, and CPython's errors.
import io
import os
import pickle
import copyreg


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Temp:
    def __init__(self, c):
        self.c = c

    def __reduce__(self):
        return (Temp, (self.c,), None, None, None)

    def __repr__(self):
        return "Temp(%r)" % self.c


class WithEx:
    def __new__(cls, a, *, b):
        o = object.__new__(cls)
        o.a, o.b = a, b
        return o

    def __getnewargs_ex__(self):
        return (self.a,), {"b": self.b}


class Registered:
    def __init__(self, v):
        self.v = v


def reduce_registered(r):
    return Registered, (r.v * 10,)


copyreg.pickle(Registered, reduce_registered)

buf = io.BytesIO()
pickle.dump([Point(1, 2), Temp(30)], buf)
pickle.dump({"second": (1, 2.5)}, buf, protocol=2)
pickle.dump("third", buf, protocol=0)
buf.seek(0)
print(pickle.load(buf), pickle.load(buf), pickle.load(buf))
try:
    pickle.load(buf)
except EOFError as e:
    print("EOFError", repr(e))

path = "pickle_test_%d.bin" % os.getpid()
with open(path, "wb") as f:
    pickle.dump({"k": [Point(3, 4)] * 2}, f)
with open(path, "rb") as f:
    back = pickle.load(f)
os.remove(path)
print(back, back["k"][0] is back["k"][1])

w = pickle.loads(pickle.dumps(WithEx(1, b=2)))
print(type(w).__name__, w.a, w.b, pickle.dumps(WithEx(1, b=2))[-20:])
print(pickle.loads(pickle.dumps(Registered(4))).v)
print(pickle.loads(pickle.dumps(Registered(4), 0)).v)
print(pickle.dumps(Temp(1), 1))

for bad in [lambda: pickle.dumps(lambda: 1), lambda: pickle.dumps(5, protocol=6),
            lambda: pickle.loads(b"\x80\x04K"), lambda: pickle.loads(b"zz"),
            lambda: pickle.loads("text"), lambda: pickle.loads(b""),
            lambda: pickle.loads(b"\x80\x09N."), lambda: pickle.loads(b"h\x05."),
            lambda: pickle.loads(b"c__main__\nNope\n."), lambda: pickle.loads(b"\x80\x04e.")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])


def outer():
    def inner():
        pass
    return inner


try:
    pickle.dumps(outer())
except Exception as e:
    print(type(e).__name__, e)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, issubclass(pickle.PicklingError, pickle.PickleError))
print(pickle.loads(pickle.dumps(ValueError("bad", 3))).args, type(pickle.loads(pickle.dumps(KeyError("k")))))
