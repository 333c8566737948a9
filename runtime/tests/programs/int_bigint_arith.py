# Arbitrary precision arithmetic
a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // b, a % b)
print(b // 12345678901234567890, b % 12345678901234567890)
print(-(2 ** 100) // 3, -(2 ** 100) % 3)
print((2 ** 100) % -7, (-(2 ** 100)) % -7)
print(-(2 ** 100))
f = 1
for i in range(1, 51):
    f *= i
print("50! =", f)
print(f // 2 ** 40, f % 1000000007)
print(len(str(f)))
print(a == 2 ** 200, a > b, a < b, -a < b)
print(abs(-a) == a, -(-a) == a)
print(divmod(a, 10 ** 20))
print(divmod(-a, 10 ** 20))
fib = [0, 1]
while len(fib) < 150:
    fib.append(fib[-1] + fib[-2])
print(fib[100], fib[149])
print(sum(range(10 ** 6 + 1)))
print(10 ** 50 // 10 ** 49, 10 ** 50 / 10 ** 49)
print((2 ** 64 - 1) * (2 ** 64 + 1) == 2 ** 128 - 1)
print(2 ** 63, -2 ** 63, 2 ** 63 - 1, 2 ** 64)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(abs(-9223372036854775808))
print(9223372036854775807 * 9223372036854775807)
print(max(2 ** 70, 2 ** 69 * 2 + 1), min(-2 ** 70, -(2 ** 69) * 3))
