# operator's functions and functools.reduce are builtins as in CPython: errors,
# special-method dispatch, in-place forms, reprs.
import operator, functools
for f in (lambda: operator.add(1), lambda: operator.not_(), lambda: operator.truth(1,2), lambda: operator.is_(1), lambda: operator.contains(1), lambda: operator.setitem(1,2), lambda: operator.add(a=1,b=2), lambda: functools.reduce(), lambda: functools.reduce(1), lambda: functools.reduce(lambda a,b:a, []), lambda: functools.reduce(lambda a,b:a, 1), lambda: functools.reduce(lambda a,b:a, [], 1, 2), lambda: functools.reduce(f=1), lambda: operator.lt(1, 'a'), lambda: operator.iadd([1], (2,))):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(functools.reduce, operator.add, operator.__add__, operator.iadd, operator.lt.__name__)
print(functools.reduce(operator.add, range(10)), functools.reduce(operator.mul, [], 7), functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3], None if False else 0))
class V:
    def __init__(s, v): s.v = v
    def __add__(s, o): return V(s.v + o.v)
    def __iadd__(s, o): s.v += o.v; return s
    def __lt__(s, o): return s.v < o.v
    def __contains__(s, x): return x == s.v
    def __getitem__(s, i): return s.v * i
    def __setitem__(s, i, x): print('set', i, x)
    def __delitem__(s, i): print('del', i)
    def __bool__(s): return s.v != 0
a = V(2); b = V(3)
print(operator.add(a, b).v, operator.iadd(a, b) is a, a.v, operator.lt(a, b), operator.gt(a, b), operator.contains(a, 5), operator.getitem(a, 4))
operator.setitem(a, 1, 2); operator.delitem(a, 3)
print(operator.not_(V(0)), operator.truth(V(1)), operator.is_(a, a), operator.is_not(a, b))
print(operator.eq([1], [1]), operator.ne(1, 1.0), operator.pow(2, 10), operator.mod('%s!', 'x'), operator.matmul.__name__)
print(sorted([(1, 'b'), (0, 'a')], key=operator.itemgetter(1)), list(map(operator.neg, [1, -2])))
print(functools.reduce(lambda a, b: a + b, iter([[1], [2]]), []))
