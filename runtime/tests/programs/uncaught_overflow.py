# OverflowError: int too large to convert to float
x = 2 ** 1100
print("big int has", len(str(x)), "digits")
print("int arithmetic is fine:", x % 1000007, x // 2 ** 1090)
print("comparison with float works:", x > 1e300, x < float("inf"))
small = 2 ** 1000
print("2**1000 as float:", float(small))
print("ratio:", small / 2 ** 999)
print(x * 1.5)
