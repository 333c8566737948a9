# for loops with else/break/continue
def find_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "has factor", d)
            break
    else:
        print(n, "is prime")
for v in [7, 9, 13, 15, 2]:
    find_prime_factor(v)
for i in range(10):
    if i % 3:
        continue
    print("multiple of 3:", i)
else:
    print("loop completed")
for ch in "":
    print("never")
else:
    print("empty loop else")
total = 0
for x in [1, 2, 3]:
    for y in [10, 20, 30]:
        if y == 30:
            break
        total += x * y
    else:
        print("inner else never")
print("total", total)
for i, v in enumerate(["a", "b", "c"], start=1):
    print(i, v, end=", ")
print()
for k, v in {"x": 1, "y": 2}.items():
    print(k, v)
for i in range(3):
    pass
print("i after loop:", i)
lst = [1, 2, 3]
for item in lst:
    if item == 2:
        lst.append(99) if len(lst) < 5 else None
print(lst)
result = []
for i in range(3):
    for j in range(3):
        if (i + j) % 2:
            continue
        result.append((i, j))
print(result)
for n in range(5, 0, -2):
    print(n, end=" ")
print()
