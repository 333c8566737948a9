# exception construction: args, str, repr
excs = [ValueError(), ValueError("one"), ValueError("a", "b"), ValueError(1), KeyError("k"), KeyError(),
        KeyError("a", "b"), KeyError(0), IndexError("idx"), TypeError(None), RuntimeError(""), Exception([1, 2]),
        ZeroDivisionError("zero"), AssertionError(), AssertionError("m"), StopIteration(5), SystemExit(2),
        NotImplementedError(), OverflowError("big"), NameError("nm"), AttributeError("at"), BaseException("b", 1)]
for e in excs:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args, "|", len(e.args))
e = ValueError("x")
print(e.args[0], e == e, isinstance(e, ValueError))
print(str(KeyError("quote's")), repr(KeyError('q"')), str(KeyError(("t", 1))))
print([ValueError("in list")], (KeyError("t"),))
print(f"{ValueError('fmt')}", f"{ValueError('fmt')!r}", "%s" % ValueError("pct"), "{}".format(KeyError("k")))
try:
    raise ValueError("a", 2, [3])
except ValueError as err:
    a, b, c = err.args
    print(a, b, c)
try:
    {}["missing"]
except KeyError as err:
    print(err.args, str(err), repr(err))
try:
    int("zz")
except ValueError as err:
    print(err.args)
