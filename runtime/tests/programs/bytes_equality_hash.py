# bytes equality and hashing go by value. Coral compares and hashes bytes by
# identity: two equal bytes objects that are not the same constant (from
# different functions, or rebuilt by a queue) compare unequal, miss as dict
# keys and do not dedupe in sets. Literals in one expression pass only because
# the compiler shares the constant.


def f():
    return b"ab"


def g():
    return b"ab"


def h():
    return b"a" b"b"


x, y, z = f(), g(), h()
print(x == y, y == z, x != y, x == b"ab")
print(hash(x) == hash(y), hash(x) == hash(b"ab"))
d = {x: "found"}
print(d.get(y), d.get(b"ab"), y in d)
print(len({x, y, z, b"ab"}))
print([x] == [y], (x, 1) == (y, 1), x in [y], [y].index(x) if x in [y] else -1)
print({f(): 1} == {g(): 1})
print(x == b"ba", x != b"abc")
