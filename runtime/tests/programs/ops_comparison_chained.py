# comparisons and chained comparisons
x = 3
print(1 < x < 5, 1 < x < 2, 5 > x > 1, 1 <= x <= 3, 3 == x == 3.0)
a = b = c = 7
print(a == b == c, a == b != 8, 1 < 2 < 3 < 4 < 5, 1 < 2 > 1 < 2, 1 < 3 > 2 == 2)
calls = []
def val(n):
    calls.append(n)
    return n
print(val(1) < val(0) < val(5), calls)
calls.clear()
print(val(1) < val(2) < val(3), calls)
calls.clear()
print(val(5) > val(4) > val(6) > val(0), calls)
print(1 < 2 == 2 < 3, (1 < 2) == True, 0 < 0.5 < 1 < 1.5)
print(1 == 1.0 == True, "a" < "b" < "c", [1] < [2] < [3])
print(x in [1, 3] in [[1, 3]], 2 < x in range(5), x is x is not None)
print(not 1 < 0, not (1 < 0 < 2))
for v in [-5, 0, 5, 10, 15]:
    if 0 <= v < 10:
        print(v, "in [0,10)")
    elif v < 0:
        print(v, "negative")
    else:
        print(v, ">= 10")
print(max(1, 2) == 2 != 3, (1, 2) < (1, 3) <= (1, 3))
print(3 > 2 > 1 > 0 > -1, 3 > 2 > 1 > 0 > 1)
