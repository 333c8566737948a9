# __format__ with f-string format specs, format(), str.format, and the default __format__
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents / 100:.2f}"
    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "words":
            d, c = divmod(self.cents, 100)
            return f"{d} dollars and {c} cents"
        if spec.startswith("c"):
            return format(self.cents, spec[1:])
        return format(self.cents / 100, spec)

m = Money(123456)
print(f"{m}", f"{m:words}", f"{m:,.2f}", f"{m:>12.1f}|", f"{m:c08d}")
print(format(m), format(m, "words"), "{:.3f} / {}".format(m, m))
print("{0:words} and {0:c,}".format(m))
width = 15
print(f"[{m:>{width}.2f}]", f"[{m:^{width}}]")
print(f"{m!s:>10}|", f"{m!s:<10}|")

class Plain:
    def __str__(self):
        return "plain-str"
print(f"{Plain()}", format(Plain()), "{}".format(Plain()))
try:
    f"{Plain():>10}"
except TypeError as e:
    print(type(e).__name__, e)

class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        unit = spec[-1] if spec and spec[-1] in "CF" else "C"
        num_spec = spec[:-1] if spec and spec[-1] in "CF" else spec
        value = self.c if unit == "C" else self.c * 9 / 5 + 32
        return format(value, num_spec or "g") + "°" + unit
t = Temp(21.5)
print(f"{t}", f"{t:F}", f"{t:.0fF}", f"{t:6.2fC}")
temps = [Temp(x) for x in (0, 37, 100)]
print(", ".join(f"{x:.1fF}" for x in temps))

class BadFormat:
    def __format__(self, spec):
        return 5
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)

# int/str subclasses keep builtin formatting
class Id(int):
    def __str__(self):
        return f"Id#{int(self)}"
i = Id(42)
print(f"{i}", f"{i:05d}", str(i), format(i, "x"), f"{i!s}")
print(format(3.14159, ".2f"), format("ab", "*^6"), format(True), format(None))
