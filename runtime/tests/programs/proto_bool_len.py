# truthiness: __bool__, __len__ fallback, default True, and errors
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("  __bool__", self.on)
        return self.on

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("  __len__", self.n)
        return self.n

class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10

class Neither:
    pass

print(bool(Flag(True)), bool(Flag(False)))
print(bool(Sized(0)), bool(Sized(3)))
print(bool(Both()), len(Both()), bool(Neither()))
if Flag(False) or Sized(2):
    print("or picked the sized one")
print(not Flag(True), not Sized(0))
r = Flag(False) and "never"
print(type(r).__name__)
print([type(x).__name__ for x in filter(None, [Flag(True), Flag(False), Sized(0), Sized(1)])])
n = 0
while Sized(3 - n):
    n += 1
print("loop ran", n)
print("yes" if Sized(1) else "no", any([Sized(0), Flag(False)]), all([Sized(1), Flag(True)]))

class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -5
class HugeLen:
    def __len__(self):
        return 2 ** 100
for obj in (BadBool(), BadLen(), HugeLen()):
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

# subclasses of builtins keep builtin truthiness unless overridden
class MyList(list):
    pass
class AlwaysTrue(list):
    def __bool__(self):
        return True
print(bool(MyList()), bool(MyList([0])), bool(AlwaysTrue()))
# __bool__ = None makes truth testing an error
class NoTruth:
    __bool__ = None
try:
    bool(NoTruth())
except TypeError as e:
    print(type(e).__name__, e)
