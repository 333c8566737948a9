# if / elif / else
def sign(n):
    if n > 0:
        return 1
    elif n < 0:
        return -1
    else:
        return 0
print([sign(v) for v in [5, -3, 0, 0.0, -0.0, 2 ** 100]])
def fizz(n):
    if n % 15 == 0:
        out = "FizzBuzz"
    elif n % 3 == 0:
        out = "Fizz"
    elif n % 5 == 0:
        out = "Buzz"
    else:
        out = str(n)
    return out
print(" ".join(fizz(i) for i in range(1, 21)))
for v in [0, 1, "", "x", [], [0], None, 0.0, {}]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 7
if x > 5:
    if x > 6:
        print("nested >6")
    else:
        print("nested 6")
if x == 1: print("one")
elif x == 7: print("seven")
if not x:
    pass
else:
    print("else branch")
if x:
    pass
print("after pass")
