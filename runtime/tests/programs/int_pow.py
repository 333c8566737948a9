# Integer power semantics
print(2 ** 10, 2 ** 0, 0 ** 0, 1 ** 1000)
print(2 ** -1, 2 ** -2, 10 ** -3, type(2 ** -1).__name__)
print((-2) ** 3, (-2) ** 4, (-2) ** -1, (-2) ** -2)
print(3 ** 40)
print(7 ** 77)
print((-3) ** 41)
print(2 ** 100, 2 ** 200)
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(3, 200, 1000))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 4, -7))
print(pow(2, 100, 10 ** 9 + 7))
print(pow(38, -1, 97), (38 * pow(38, -1, 97)) % 97)
print(4 ** 0.5, 8 ** (1 / 3), 2 ** 0.5)
print(2.0 ** 3, 2 ** 3.0, (-2.0) ** 2)
print(0.0 ** 0, 0 ** 0.0)
print(10 ** 20, 10 ** 21, float(10 ** 20))
print(pow(2.0, -2), pow(4, -0.5))
print(True ** 10, 2 ** True, False ** 0)
x = 3
x **= 4
print(x)
x **= -1
print(x)
for e in range(0, 70, 7):
    print(e, 2 ** e, (-1) ** e)
