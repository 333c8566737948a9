# f-string basics
name = "Coral"
n = 42
pi = 3.14159265
items = [1, 2, 3]
d = {"k": "v", "n": 7}
print(f"hello {name}")
print(f"{n} + 1 = {n + 1}")
print(f"{name.upper()} has {len(name)} letters")
print(f"{items} {items[0]} {items[-1]} {d['k']} {d['n'] * 2}")
print(f"{{literal braces}} {{{n}}}")
print(f"{'nested' + ' ' + 'quotes'}")
print(f"{n if n > 10 else -n} {'yes' if not items else 'no'}")
print(f"{[x * 2 for x in items]}")
print(f"{pi}", f"{pi:.2f}", f"{n:5}", f"{n:<5}|")
print(f"{None} {True} {1.0} {-0.0} {1e16} {2 ** 70}")
print(f"")
print(f"{name}" f"{n}" "plain")
print(f"{(1, 2)} {{1, 2}} {'a' 'b'}")
w = 10
p = 3
print(f"[{pi:{w}.{p}f}] [{name:>{w}}] [{n:{'^'}{w}}]")
print(f"{3 + 4 * 2}", f"{2 ** 10:,}", f"{-n}", f"{abs(-n)}")
print(f"{'multi'}\n{'line'}")
print(f"{str(n)!r} {name!r} {name!s} {[name]!s}")
x = 5
print(f"{x=}", f"{x * 2=}", f"{name=}", f"{pi=:.3f}", f"{x = }")
print(f"{items=} {d=}")
print(f"{x!r:>5}|{name!r:^10}|")
