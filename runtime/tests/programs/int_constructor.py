# int() constructor: strings, bases, floats, bools
print(int(), int(0), int(-0), int(42))
print(int(' 42 '), int('\t-17\n'), int('+5'), int('-0'))
print(int('1_000'), int('0_1'), int('00012'))
print(int('0x1f', 16), int('1f', 16), int('0X1F', 16), int('-0x1f', 16))
print(int('z', 36), int('Z', 36), int('zz', 36), int('10', 36))
print(int('777', 8), int('0o777', 8), int('11111111', 2), int('0b101', 2))
print(int('0x1f', 0), int('0o17', 0), int('0b11', 0), int('99', 0))
print(int('ff', 16), int('FF', 16), int('12', 3), int('  1_0  ', 2))
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e10))
print(int(2.5e15), int(-1e-300), int(123456789.987))
print(int(1e100))
print(int(True), int(False))
print(int('123456789012345678901234567890'))
for s in ['12', ' 7', '-3 ', '0x10', '1.5', 'abc', '', '1_', '_1', '1__0']:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), 'ValueError:', e)
for s, base in [('z', 35), ('12', 2), ('0x10', 10), ('g', 16)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print('ValueError:', e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError:', e)
try:
    int('5', 1)
except ValueError as e:
    print('ValueError:', e)
try:
    int(None)
except TypeError as e:
    print('TypeError:', e)
try:
    int([1])
except TypeError as e:
    print('TypeError:', e)
