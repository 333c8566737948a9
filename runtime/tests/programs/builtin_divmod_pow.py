# divmod and pow
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (2 ** 70, 3), (-(2 ** 70), 7)]:
    print(a, b, divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (1, 0.3), (-0.0, 1.0), (1e20, 7.0)]:
    print(a, b, divmod(a, b))
print(pow(2, 8), pow(2, -2), pow(2.0, 0.5), pow(8, 1 / 3))
print(pow(3, 4, 5), pow(-2, 3, 5), pow(2, 1000, 997), pow(7, 0, 1), pow(7, 0, 13))
print(pow(10, -1, 7), pow(2.5, -2), pow(-2.0, -3), pow(0.0, 0), pow(4, 0.5))
print(pow(2, 10, -1000), pow(-1, 2 ** 100), pow(-1, 2 ** 100 + 1))
print(pow(base=2, exp=5), pow(2, 5, mod=3))
for bad in [(0, -1), (2, 3, 0), (2.0, 3, 4), (0.0, -1.0)]:
    try:
        print(pow(*bad))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    except ValueError as e:
        print("ValueError:", e)
    except TypeError as e:
        print("TypeError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
