# functools.reduce (with and without initializer) and functools.partial
import functools
import operator
from functools import reduce, partial

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 7), 1))
print(reduce(lambda a, b: a + b, ["x", "y", "z"], ">"), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(operator.add, [], 0), reduce(operator.add, [5]))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
print(reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]))
# flattening and gcd via reduce
print(reduce(operator.concat, [[1], [2, 3], [], [4]]))
import math
print(reduce(math.gcd, [84, 126, 210]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)

def power(base, exp, mod=None):
    return pow(base, exp, mod) if mod else base ** exp
square = partial(power, exp=2)
cube = partial(power, exp=3)
two_to = partial(power, 2)
print(square(7), cube(3), two_to(10), two_to(10, mod=1000))
print(square.func is power, square.args, square.keywords, two_to.args)
# keyword overrides and nested partials
p = partial(power, exp=2)
print(p(3, exp=4))
p2 = partial(partial(print, "a"), "b", sep="-")
p2("c")
print(p2.args, p2.keywords)
# partial with builtins and methods
int_from_bin = partial(int, base=2)
print(int_from_bin("1011"), list(map(int_from_bin, ["1", "10", "111"])))
join_dash = partial("-".join)
print(join_dash(["a", "b"]))
sort_desc = partial(sorted, reverse=True)
print(sort_desc([3, 1, 2]), sort_desc("cab", key=str.upper))
# partial objects in data structures
ops = {name: partial(operator.mul, factor) for name, factor in [("double", 2), ("triple", 3)]}
print({k: f(7) for k, f in ops.items()})
try:
    partial(power)()
except TypeError as e:
    print(type(e).__name__, e)
try:
    partial(5)
except TypeError as e:
    print(type(e).__name__, e)
