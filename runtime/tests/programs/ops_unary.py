# unary operators
print(-5, +5, ~5, -(-5), +(-5), ~~5, ~-1, -~1)
print(-0, +0, ~0, -0.0, +(-0.0), -(0.0))
print(-2 ** 2, (-2) ** 2, -(2 ** 2), 2 ** -2, -(-2) ** 3)
print(-True, +True, ~True, -False, ~False)
print(-(2 ** 100), ~(2 ** 100), +(2 ** 100))
print(-1.5, +1.5, -float("inf"), -float("nan"))
x = 7
print(-x, +x, ~x, not x, not not x, - - x, - + - x)
print(-x // 2, -(x // 2), ~x // 2)
try:
    -"a"
except TypeError as e:
    print("TypeError:", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError:", e)
try:
    +[1]
except TypeError as e:
    print("TypeError:", e)
