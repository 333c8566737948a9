# conversions !r !s and = debug specifier
s = "text"
f = 0.1
lst = ["a", 1, None]
print(f"{s!r} {s!s} {f!r} {lst!r} {lst!s}")
print(f"{s=} {f=} {lst=}")
print(f"{s = }", f"{f * 3 = }", f"{len(lst)=}")
print(f"{s=:>8}|", f"{f=:.3f}", f"{s=!s}")
q = "quote's"
print(f"{q!r} {'plain'!r}")
a, b = 3, 4
print(f"{a + b = }", f"{a*b=}", f"{a == b = }")
print(f"{None!r} {True!s} {1e100!r} {-0.0!s}")
print(f"{'é'!r} {'日本'!r} {chr(0)!r}")
d = {"key": [1, 2]}
print(f"{d['key']!r:>10}|{d=}")
print(str(3.0), repr(3.0), str("x"), repr("x"), repr([1.5, "x"]))
