# Floor division and modulo with CPython sign semantics
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 5), (-1, 5),
         (1, -5), (-1, -5), (6, 3), (-6, 3), (6, -3), (100, 7), (-100, 7), (100, -7)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(-7 // 2, -7 % 2, 7 % -2, 7 // -2)
print(-1 // 10, -1 % 10, -11 // 10, -11 % 10)
big = 10 ** 30
print(big // 7, big % 7, -big // 7, -big % 7)
print(big // -7, big % -7)
print((2 ** 100) % -3, -(2 ** 100) // 3, -(2 ** 100) % 3)
print((2 ** 100) // (2 ** 50), (2 ** 100) % (2 ** 50 + 1))
# invariant check
ok = True
for a in range(-20, 21):
    for b in list(range(-6, 0)) + list(range(1, 7)):
        q, r = a // b, a % b
        if q * b + r != a:
            ok = False
        if r != 0 and (r < 0) != (b < 0):
            ok = False
print("invariant", ok)
x = -17
x //= 5
print(x)
x = -17
x %= 5
print(x)
print(True // 2, True % 2, 5 // True, -5 % True)
print(3 // 1, 3 % 1, -3 // 1, -3 % 1)
