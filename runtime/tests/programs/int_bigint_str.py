# int <-> str conversions for very large numbers
n = 7 ** 1100
s = str(n)
print(len(s))
print(s[:40])
print(s[-40:])
m = int(s)
print(m == n)
neg = -n
ns = str(neg)
print(ns[:10], len(ns))
print(int(ns) == neg)
digits = "1234567890" * 100
big = int(digits)
print(len(str(big)), big % 997, big // 10 ** 990)
print(repr(2 ** 333))
print(int("-" + "9" * 500) + 10 ** 500)
print(int("  +" + "1" * 60 + "  "))
print(int("1_000_000_000_000_000_000_000"))
print(hex(2 ** 200))
print(int(hex(2 ** 200), 16) == 2 ** 200)
print(bin(3 ** 50))
print(int(bin(3 ** 50), 2) == 3 ** 50)
print(oct(10 ** 30), int(oct(10 ** 30), 8) == 10 ** 30)
print(int("z" * 20, 36))
print(f"{2 ** 100:,}")
print(f"{-2 ** 100:_}")
total = 0
for ch in str(2 ** 1000):
    total += int(ch)
print("digit sum of 2**1000:", total)
