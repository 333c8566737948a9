# math float helpers: floor/ceil/trunc, isclose, copysign, fabs, frexp, ldexp, modf, fmod, remainder, fsum
import math

for x in [2.5, -2.5, 3.0, -0.2, 7, 1e20]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.floor(-0.0), math.ceil(-0.5), round(-0.5))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1.0, 1.001), math.isclose(1.0, 1.001, rel_tol=1e-2))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(0.0, -1), math.fabs(-7), math.fabs(-0.0))
print(math.frexp(8.0), math.frexp(0.0), math.frexp(-3.5), math.frexp(1e-300))
print(math.ldexp(0.5, 4), math.ldexp(3, -2), math.ldexp(1.0, 1023), math.ldexp(1.0, -1074))
print(math.modf(3.75), math.modf(-3.75), math.modf(5.0), math.modf(math.inf))
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.fmod(7.5, -2), math.remainder(7, 3), math.remainder(5, 2))
print(sum([0.1] * 10), math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1.0))
print(math.sqrt(2), math.sqrt(1e-300), math.cbrt(8.0), math.exp(1), math.expm1(1e-10))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0, 0))
print(math.floor(2 ** 60 + 0.0), math.ceil(10 ** 20 / 3))
for name, fn in [("floor(inf)", lambda: math.floor(math.inf)), ("ceil(nan)", lambda: math.ceil(math.nan)),
                 ("sqrt(-1)", lambda: math.sqrt(-1)), ("fmod(1,0)", lambda: math.fmod(1, 0)),
                 ("ldexp big", lambda: math.ldexp(1.0, 2000)), ("exp big", lambda: math.exp(1000)),
                 ("trunc str", lambda: math.trunc("3")), ("isclose neg tol", lambda: math.isclose(1, 1, rel_tol=-1))]:
    try:
        print(name, fn())
    except (ValueError, OverflowError, TypeError) as e:
        print(name, type(e).__name__, e)
class Money:
    def __init__(self, v): self.v = v
    def __floor__(self): return "floor called"
    def __ceil__(self): return "ceil called"
    def __trunc__(self): return "trunc called"
print(math.floor(Money(1)), math.ceil(Money(1)), math.trunc(Money(1)))
