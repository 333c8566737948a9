# while loops with else/break/continue
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i =", i)
else:
    print("while-else ran, i =", i)
n = 0
while True:
    n += 1
    if n >= 4:
        break
print("broke at", n)
j = 10
while j > 0:
    if j == 7:
        print("found 7, breaking")
        break
    j -= 1
else:
    print("never printed")
k = 0
while k < 0:
    print("never")
else:
    print("else on zero iterations")
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(v) for v in range(1, 16)], collatz(27))
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            inner += 1
            continue
        print(outer, inner, end=" | ")
        inner += 1
    outer += 1
print()
num = 1234567
digits = []
while num:
    num, d = divmod(num, 10)
    digits.append(d)
print(digits[::-1])
