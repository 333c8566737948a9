# math integer functions: gcd, lcm, isqrt, comb, perm, factorial, prod
import math

print(math.gcd(48, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(7))
print(math.gcd(2 ** 100, 6 ** 50), math.gcd(12, 18, 30), math.gcd())
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(), math.lcm(2 ** 40, 3 ** 20))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(17), math.isqrt(10 ** 40 + 1), math.isqrt(2 ** 127))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 4), math.perm(20, 10))
print([math.factorial(n) for n in range(11)])
print(math.factorial(30), len(str(math.factorial(100))))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 21)), math.prod([2.5, 4]), math.prod([3], start=10))
print(math.prod(x for x in [1, -1, 2]), math.prod([1, 2], start=0.5))
# integer results stay ints
print(type(math.gcd(4, 6)).__name__, type(math.isqrt(50)).__name__, type(math.comb(4, 2)).__name__)
# pascal's triangle via comb
for n in range(6):
    print(" " * (5 - n) + " ".join(str(math.comb(n, k)) for k in range(n + 1)))
# perfect squares check
print([n for n in range(1, 60) if math.isqrt(n) ** 2 == n])
for name, fn in [("isqrt(-1)", lambda: math.isqrt(-1)), ("factorial(-1)", lambda: math.factorial(-1)),
                 ("factorial(2.5)", lambda: math.factorial(2.5)), ("comb(-1,2)", lambda: math.comb(-1, 2)),
                 ("perm(5,-1)", lambda: math.perm(5, -1)), ("gcd(1.5,2)", lambda: math.gcd(1.5, 2)),
                 ("comb('a',1)", lambda: math.comb("a", 1))]:
    try:
        print(name, fn())
    except (ValueError, TypeError) as e:
        print(name, type(e).__name__, e)
