# Basic integer arithmetic
a = 17
b = 5
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, a ** b)
print(-a, +a, ~a)
print(b - a, (b - a) * 3)
print(0 * 12345, 1 * -1, -1 * -1)
print(10 / 2, type(10 / 2).__name__)
print(7 / 7, 1 / 4, 2 / 3)
print(100 // 7, 100 % 7, divmod(100, 7))
print(1 + 2 * 3 - 4 // 2)
print((1 + 2) * (3 - 4) // 2)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2)
print(10 - 3 - 2, 100 // 10 // 3)
x = 0
for i in range(1, 11):
    x += i * i
print("sum of squares", x)
n = 1
for i in range(1, 21):
    n *= i
print("20! =", n)
print(123456789 * 987654321)
print(999999999999 + 1)
print(-5 + 3, -5 - -3, 5 - +3)
print(3 * 'ab', 'ab' * 3, 0 * 'x', -2 * [1])
print(abs(-42), abs(0), abs(42))
print(int(True) + 1, True + True, False * 10)
print(1_000_000 + 2_000)
print(0b1010, 0o17, 0xff, 0XFF, 0B11, 0O7)
print(type(1), type(2 ** 100))
y = None
print(5 == 5.0, y is not None, 3 != 4)
print(max(3, 9, -1), min(3, 9, -1))
