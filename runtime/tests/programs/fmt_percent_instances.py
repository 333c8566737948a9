# `str % x` with instances of user classes: %s uses __str__, %r __repr__,
# a mapping works for %(name)s, and str's formatting answers before any
# __rmod__ of the right operand.


class P:
    def __str__(self):
        return "P!"

    def __repr__(self):
        return "P()"


class R:
    def __rmod__(self, other):
        return "rmod called"

    def __str__(self):
        return "R-str"


class M:
    def __getitem__(self, key):
        return key.upper()

    def keys(self):
        return ["a"]


print("val: %s" % P())
print("val: %r" % P())
print("%s and %s" % (P(), R()))
print("x %s" % R())
print("%(name)s/%(other)s" % M())
s = "acc: %s"
s %= P()
print(s)
print(5 % R())
try:
    print("%d" % P())
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % P())
except TypeError as e:
    print("TypeError:", e)
