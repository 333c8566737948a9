# float.hex and float.fromhex: CPython's format, correct rounding (half to
# even, subnormals), and errors.
import random
values = [0.0, -0.0, 1.0, -2.5, 0.1, 1e308, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
          2.225073858507201e-308, 3.141592653589793, 1 / 3, 123456789.0, float('inf'), float('-inf')]
for v in values:
    h = v.hex()
    print(repr(v), h, float.fromhex(h) == v or (v != v))
print(float('nan').hex())
rng = random.Random(11)
ok = True
for _ in range(2000):
    x = rng.uniform(-1e6, 1e6) * 2.0 ** rng.randrange(-1100, 1000)
    if x == x and abs(x) != float('inf') and float.fromhex(x.hex()) != x:
        ok = False
print("round trip", ok)
texts = ['0x1.8p1', '0X1P-1', '  -0x.8p0  ', '1', 'a.b', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023',
         '0x1p-1074', '0x1p-1075', '0x1.8p-1075', '0x1.00000000000008p0', '0x1.00000000000018p0',
         '0x3p-1076', 'inf', '-Infinity', 'nan', '0x1p+99999999999999999999', '0x1p-99999999999999999999',
         '0x.p1', '0x', '', 'p1', '0x1p', '0x1p+', '1.', '.1', '0x1.0p1 x', '0xg', '0x1_0']
for t in texts:
    try:
        print(repr(t), repr(float.fromhex(t)))
    except (ValueError, OverflowError) as e:
        print(repr(t), type(e).__name__, e)
print((2.5).hex(), float.fromhex('0x1.4p+1'), type(float.fromhex('1')).__name__)
try:
    float.fromhex(1)
except TypeError as e:
    print(e)
