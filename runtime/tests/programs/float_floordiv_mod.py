# Float floor division and modulo semantics
pairs = [(7.0, 2.0), (-7.0, 2.0), (7.0, -2.0), (-7.0, -2.0), (7.5, 2), (-7.5, 2),
         (7.5, -2), (0.0, 3.0), (-0.0, 3.0), (0.0, -3.0), (1.0, 0.1), (5.5, 1.5),
         (-5.5, 1.5), (1e10, 3.0), (3, 0.7)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(-1e-20 % 1.0, 1e-20 % -1.0)
print(divmod(-7.0, 2), divmod(7, -2.0))
print(6.0 // 2, 6.0 % 2, type(6.0 // 2).__name__)
print(10 // 3.0, 10 % 3.0, -10 // 3.0, -10 % 3.0)
print(0.3 // 0.1, 0.3 % 0.1)
print(1.0 % float('inf'), -1.0 % float('inf'))
print(5.0 // float('inf'), -5.0 // float('inf'), float('inf') // 1.0)
x = 17.5
x //= 4
print(x)
x = -17.5
x %= 4
print(x)
print(2.5 / 0.5, 1 / 8, 3 / 4, 9 / 3)
