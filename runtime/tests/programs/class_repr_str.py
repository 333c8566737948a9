# __repr__ vs __str__: fallbacks, containers use repr, print/str/format/%
class OnlyRepr:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"OnlyRepr({self.v!r})"

class OnlyStr:
    def __str__(self): return "only-str"

class Both:
    def __repr__(self): return "Both<repr>"
    def __str__(self): return "Both<str>"

r = OnlyRepr("hi")
print(r, str(r), repr(r))
print([r, OnlyRepr(3)], (r,), {"k": r})
b = Both()
print(b, str(b), repr(b), [b], f"{b}", f"{b!r}", f"{b!s}", "%s %r" % (b, b))
print("{} {!r}".format(b, b), str([b, b]))
s = OnlyStr()
print(s, str(s), f"{s}")
print(repr(s).startswith("<__main__.OnlyStr object at "))

class Nested:
    def __init__(self, children): self.children = children
    def __repr__(self): return f"Nested({self.children!r})"
print(Nested([Nested([]), Nested([r])]))

class Sub(OnlyRepr):
    pass
print(Sub(5), repr(Sub("x")))

class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)

class Quoted:
    def __repr__(self): return "it's \"quoted\""
print(Quoted(), [Quoted()])
# repr of classes and builtin types
print(repr(OnlyRepr), repr(Both), str(int), repr(type(None)))
class Ex(Exception):
    def __repr__(self): return "Ex!"
print(repr(Ex("a")), str(Ex("a")), [Ex("b")])
