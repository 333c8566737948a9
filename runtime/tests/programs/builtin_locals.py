# locals(), and vars()/dir() without an argument: in a function a
# snapshot of the named locals (cells included), in a class body its
# namespace, at module level the globals.
def f(a, b=2):
    c = a + b
    def g():
        return c
    d = None
    del d
    print(sorted(locals().items(), key=lambda kv: kv[0])[:3], sorted(locals()))
    print(sorted(vars()), dir())
    return g
f(1)
class K:
    x = 1
    print(sorted(locals()))
print('f' in locals(), locals() is globals())
