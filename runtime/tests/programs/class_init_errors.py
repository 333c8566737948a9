# TypeErrors for bad calls to constructors and methods
class Foo:
    def __init__(self, a):
        self.a = a
    def method(self, x, y=1):
        return x + y
    def kw(self, *, key):
        return key

class Bare:
    pass

class Two:
    def __init__(self, a, b):
        pass

def show(fn):
    try:
        print("ok", fn())
    except TypeError as e:
        print(type(e).__name__, e)

show(lambda: Foo(1, 2))
show(lambda: Foo())
show(lambda: Foo(a=1, b=2))
show(lambda: Foo(1).method())
show(lambda: Foo(1).method(1, 2, 3))
show(lambda: Foo(1).method(1, z=3))
show(lambda: Foo(1).kw(1))
show(lambda: Foo(1).kw())
show(lambda: Bare(1))
show(lambda: Bare(x=1))
show(lambda: Two())
show(lambda: Two(1))
show(lambda: Two(1, 2, 3))
show(lambda: Foo(1).method(x=1, y=2))
show(lambda: Foo(1).a)

class BadInit:
    def __init__(self):
        return 5
show(lambda: BadInit())

class NoArgs:
    def method():
        return "no self"
show(lambda: NoArgs().method())
print(NoArgs.method())
