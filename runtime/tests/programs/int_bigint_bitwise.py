# Bit operations on big integers
a = 2 ** 100 + 12345
b = 3 ** 70
print(a & b)
print(a | b)
print(a ^ b)
print(~a)
print(-a & b)
print(-a | b)
print(-a ^ b)
print(-a & -b)
print(-a | -b)
print(a >> 50, a << 50)
print(-a >> 50, -a >> 200)
print((1 << 200) - 1 == 2 ** 200 - 1)
print(((1 << 200) - 1) & 0xFFFF)
print(-(1 << 200) & ((1 << 201) - 1))
print((2 ** 128 - 1) ^ (2 ** 64 - 1))
print(bin(2 ** 70 | 1))
print(hex(-(2 ** 100) ^ 0xFF))
print((a & -a), (a & -a) == 1)
mask = (1 << 64) - 1
x = 0x123456789ABCDEF0
print(hex((x * 0x9E3779B97F4A7C15) & mask))
print(hex(~x & mask))
print(2 ** 1000 >> 998, (2 ** 1000 - 1) >> 990)
