# uncaught RecursionError from unbounded recursion
import sys
def countdown(n):
    return 0 if n == 0 else 1 + countdown(n - 1)
print("bounded recursion:", countdown(500))
print("limit:", sys.getrecursionlimit())
try:
    countdown(10 ** 5)
except RecursionError as e:
    print("caught:", e)
def walk(n):
    return walk(n + 1) + 1
print("recursing forever")
walk(0)
