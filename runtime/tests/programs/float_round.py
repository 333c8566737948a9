# round() semantics: banker's rounding, ndigits, result types
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5, 5.5]:
    print(x, round(x), type(round(x)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(1234.5678, 2), round(1234.5678, -2), round(1234.5678, 0))
print(type(round(3.7, 0)).__name__, round(3.7, 0), round(-3.7, 0))
print(round(5), round(-5), round(5, 2), round(15, -1), round(25, -1), round(-25, -1))
print(type(round(5, 2)).__name__, type(round(5.0)).__name__)
print(round(123456789, -5), round(2 ** 70, -20))
print(round(1e20), round(1.23456789e-5, 7))
print(round(0.1 + 0.2, 1), round(2.5, 0), round(3.5, 0), round(-0.5, 0))
print(round(True), round(7.0), round(99.99, 1))
print(round(1.23456, 3), round(-1.23456, 3), round(1.5e300, -299))
try:
    round(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    round(float('nan'))
except ValueError as e:
    print('ValueError:', e)
print(round(float('inf'), 2), round(float('nan'), 1))
