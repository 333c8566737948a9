# Unpacking errors at a call name the callee as CPython's _PyObject_FunctionStr does;
# displays and calls with several arguments say 'Value after *'.
def f(*a, **k):
    return a, sorted(k.items())
class C:
    def m(self, *a):
        return a
for src, th in [('f(*1)', lambda: f(*1)), ('f(1, *2)', lambda: f(1, *2)), ('[*1]', lambda: [*1]), ('f(**1)', lambda: f(**1)), ('f(a=1, **2)', lambda: f(a=1, **2)), ('{**1}', lambda: {**1}), ('print(*1)', lambda: print(*1)), ('f(*1, **{})', lambda: f(*1, **{})), ('len(**1)', lambda: len(**1)), ('m', lambda: C().m(*5)), ('cls', lambda: C(**3)), ('dup', lambda: f(a=1, **{'a': 2})), ('abs', lambda: abs(*None))]:
    try:
        th()
    except TypeError as e:
        print(src, '->', e)
print(f(*[1, 2]), f(*(x for x in 'ab')), f(*'xy', **{'k': 1}), C().m(*range(3)), f(*(), **{}))
