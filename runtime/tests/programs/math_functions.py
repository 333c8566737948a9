import math
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(2 ** 1000))
print(math.log2(8), math.log2(1024), math.log2(3), math.log10(1000), math.log10(2), math.log10(10 ** 50))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(10))
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), math.cos(math.pi))
print(math.sin(1), math.cos(1), math.tan(1), math.sin(-0.5))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(0.0, 1))
print(round(math.sin(math.pi), 10), round(math.cos(math.pi / 2), 12))
print(math.sqrt(2) ** 2, math.isclose(math.sqrt(2) ** 2, 2))
for x in [0.5, 1.5, 2.0, 10.0]:
    print(x, math.log(x), math.exp(x), math.sqrt(x))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1),
            lambda: math.isqrt(-1), lambda: math.exp(1000), lambda: math.pow(10.0, 400), lambda: math.log10(-5),
            lambda: math.factorial(2.5), lambda: math.fmod(1, 0)]:
    try:
        print(bad())
    except ValueError as e:
        print("ValueError:", e)
    except OverflowError as e:
        print("OverflowError:", e)
    except TypeError as e:
        print("TypeError:", e)
