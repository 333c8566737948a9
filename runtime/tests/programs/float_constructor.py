# float() conversion
print(float(), float(0), float(1), float(-5), float(True), float(False))
print(float(2 ** 60), float(10 ** 20), float(-(10 ** 25)))
for s in ['1.5', ' 2.5 ', '\n3\t', '1e5', '1E5', '-1e-5', '+.5', '5.', '1_000.5',
          'inf', '-inf', '+inf', 'infinity', 'INF', 'nan', '-nan', 'NaN', '0x10', 'x', '',
          '1.2.3', '1e', '0.1', '00.5', '1e309', '-0', '-0.0']:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), 'ValueError:', e)
try:
    float(10 ** 400)
except OverflowError as e:
    print('OverflowError:', e)
try:
    float([])
except TypeError as e:
    print('TypeError:', e)
try:
    float(None)
except TypeError as e:
    print('TypeError:', e)
print(float('3.14') * 2, float('1' * 20))
print(float(7) / 2, float('12') // 5)
