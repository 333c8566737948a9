# math.gamma/lgamma as CPython computes them (its own Lanczos method), and
# erf, erfc, cbrt, exp2, nextafter, remainder, ulp with CPython's errors.
import math, random
r = random.Random(3)
xs = [r.uniform(-30, 180) for _ in range(3000)] + [0.5, 1e-25, -1e-25, 171.5, 171.7, 200.5, -200.5, -0.5, 2.5, 1e-300, -170.5, 141.2]
def digest(h, text):
    for c in text:
        h = (h * 1000003 + ord(c)) % 2305843009213693951
    return h
h1 = 0
for x in xs:
    for f in (math.gamma, math.lgamma, math.erf, math.erfc, math.cbrt, math.exp2, math.ulp):
        try:
            v = f(x)
        except (ValueError, OverflowError) as e:
            v = type(e).__name__ + str(e)
        h1 = digest(h1, repr(v))
print(h1)
for x in [0.0, -0.0, -1.0, -2.0, float('inf'), float('-inf'), float('nan'), 172.0, 1.0, 2.0, 3.0, -1e-320, 5e-324]:
    row = []
    for f in (math.gamma, math.lgamma, math.erf, math.erfc, math.cbrt, math.exp2, math.ulp):
        try:
            row.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(x, row)
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.remainder(10, 3), math.remainder(-7.5, 2))
for a, b in [(float('inf'), 1), (1, 0), (float('nan'), 0), (5, float('inf'))]:
    try:
        print(math.remainder(a, b))
    except ValueError as e:
        print(e)
print(math.ulp(float('inf')), math.ulp(1.7976931348623157e308), math.gamma(5), math.lgamma(10))
