# Comparing or printing containers nested deeper than the recursion limit
# raises RecursionError with CPython's message; shallower ones work.
a = []; b = []
for i in range(5000):
    a = [a]; b = [b]
for name, f in [("eq", lambda: a == b), ("lt", lambda: a < b), ("repr", lambda: repr(a)), ("str", lambda: str(a)), ("tuple", lambda: tuple_a == tuple_b), ("dict", lambda: d1 == d2), ("hash", lambda: hash(tuple_a))]:
    try:
        if name == "tuple" or name == "hash":
            tuple_a = (); tuple_b = ()
            for i in range(5000):
                tuple_a = (tuple_a,); tuple_b = (tuple_b,)
        if name == "dict":
            d1 = {}; d2 = {}
            for i in range(5000):
                d1 = {1: d1}; d2 = {1: d2}
        r = f()
        print(name, "ok", r if not isinstance(r, str) else len(r))
    except RecursionError as e:
        print(name, "RecursionError:", e)
x = []; y = []
for i in range(500):
    x = [x]; y = [y]
print(x == y, len(repr(x)))
