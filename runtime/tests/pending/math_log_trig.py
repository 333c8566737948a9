# math logs, trig, hyperbolic, hypot, dist, angles and constants
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.tau == 2 * math.pi, repr(math.nan), math.inf > 10 ** 300, type(math.inf).__name__)
print(math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(1), math.log(2 ** 1000))
print(math.log10(1000), math.log10(2), math.log2(1024), math.log2(10), math.log1p(1e-10))
print(math.log(10 ** 400), math.log10(10 ** 400), math.log2(2 ** 2000))
print(math.exp(0), math.exp(2), math.exp(-745), math.exp(-746))
print(math.sin(0), math.sin(math.pi / 2), math.cos(0), math.cos(math.pi), math.tan(math.pi / 4))
print(math.sin(math.pi), math.cos(math.pi / 2))
print(math.asin(1), math.acos(0), math.atan(1), math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45))
print(math.hypot(3, 4), math.hypot(1, 1, 1), math.hypot(), math.hypot(-5), math.hypot(1e200, 1e200))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist((1.5,), (-1.5,)))
print(math.erf(1), math.erfc(1), math.gamma(5), math.gamma(0.5), math.lgamma(10))
# rounding trig results for a table
for deg in range(0, 361, 45):
    r = math.radians(deg)
    print(f"{deg:3d} {math.sin(r):+.4f} {math.cos(r):+.4f}")
# polar conversion round trip
x, y = -2.0, 3.5
r, theta = math.hypot(x, y), math.atan2(y, x)
print(round(r * math.cos(theta), 12), round(r * math.sin(theta), 12))
for name, fn in [("log(0)", lambda: math.log(0)), ("log(-1)", lambda: math.log(-1)), ("log10(0)", lambda: math.log10(0)),
                 ("asin(2)", lambda: math.asin(2)), ("acosh(0)", lambda: math.acosh(0)), ("log(1,1)", lambda: math.log(2, 1)),
                 ("dist len", lambda: math.dist((1, 2), (1,))), ("cosh big", lambda: math.cosh(1000)),
                 ("gamma(0)", lambda: math.gamma(0)), ("sin(inf)", lambda: math.sin(math.inf))]:
    try:
        print(name, fn())
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(name, type(e).__name__, e)
