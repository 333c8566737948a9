# Bitwise operators including negative operands
vals = [0, 1, 5, 12, -1, -5, -12, 255]
for a in vals:
    for b in [3, -3, 6]:
        print(a, b, a & b, a | b, a ^ b)
for a in [1, 5, -5, -1, 0, 255, -256]:
    print(a, ~a, a << 3, a >> 1, a >> 10)
print(1 << 0, 1 << 64, -1 << 64, (1 << 64) >> 63)
print(-1 >> 100, 1 >> 100, -100 >> 3)
print(0xF0 & 0x3C, 0xF0 | 0x3C, 0xF0 ^ 0x3C)
print(True & False, True | False, True ^ True, ~True, ~False)
print(type(True & True).__name__, type(True & 3).__name__)
x = 0b1100
x &= 0b1010
print(bin(x))
x |= 0b0001
print(bin(x))
x ^= 0b1111
print(bin(x))
x <<= 4
print(bin(x))
x >>= 2
print(bin(x))
print(bin(-10), bin(-10 & 0xFF), -10 & 0xFF)
print(5 & 3 | 8, 5 ^ 3 & 1, 1 << 2 + 1)
