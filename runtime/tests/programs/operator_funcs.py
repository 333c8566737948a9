# operator module: arithmetic functions, itemgetter, attrgetter, methodcaller, comparisons
import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 3), operator.truediv(7, 2))
print(operator.floordiv(-7, 2), operator.mod(-7, 2), operator.pow(2, 10), operator.neg(5), operator.pos(-5))
print(operator.abs(-3), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5))
print(operator.lshift(1, 5), operator.rshift(64, 3), operator.not_(0), operator.truth([1]), operator.concat([1], [2]))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq("a", "a"), operator.ne(1, 1), operator.gt(3, 1), operator.ge(1, 3))
print(operator.contains([1, 2], 2), operator.getitem("abc", 1), operator.index(7), operator.is_(None, None), operator.is_not(1, None))
lst = [1, 2, 3]
operator.setitem(lst, 0, "x")
operator.delitem(lst, 1)
print(lst, operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"))
x = [1]
print(operator.iadd(x, [2]), x)

rows = [("bob", 31, "Rome"), ("ann", 25, "Oslo"), ("cy", 31, "Bern")]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)(rows), itemgetter(0, 2)(rows[0]), itemgetter(slice(1, None))("abcd"))
print(list(map(itemgetter("k"), [{"k": 1}, {"k": 2}])))

class P:
    def __init__(self, name, addr):
        self.name = name
        self.addr = addr
    def greet(self, greeting, punct="!"):
        return f"{greeting} {self.name}{punct}"
class Addr:
    def __init__(self, city):
        self.city = city
people = [P("zed", Addr("Oslo")), P("amy", Addr("Bern"))]
print([p.name for p in sorted(people, key=attrgetter("name"))])
print(attrgetter("addr.city")(people[0]), attrgetter("name", "addr.city")(people[1]))
print(methodcaller("greet", "hi")(people[0]), methodcaller("greet", "yo", punct="?")(people[1]))
print(list(map(methodcaller("upper"), ["a", "b"])), methodcaller("split", ",")("a,b,c"))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))
import functools
print(functools.reduce(operator.xor, [1, 2, 4, 8, 1]))
try:
    itemgetter(5)([1])
except IndexError as e:
    print(type(e).__name__, e)
try:
    attrgetter("nope")(people[0])
except AttributeError as e:
    print(type(e).__name__, e)
