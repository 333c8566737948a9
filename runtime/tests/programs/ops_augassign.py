# augmented assignment with all operators
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x /= 3; print(x)
x //= 2; print(x)
x = 17
x %= 5; print(x)
x **= 3; print(x)
x &= 0b1010; print(x)
x |= 0b0101; print(x)
x ^= 0xFF; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
lst = [1, 2, 3]
lst[0] += 10
lst[1] *= 5
lst[2] **= 2
lst[-1] -= 1
print(lst)
d = {"a": 1, "b": "s"}
d["a"] += 1
d["b"] *= 3
d["a"] <<= 4
print(d)
nested = [[1, 2], {"k": [0]}]
nested[0][1] += 40
nested[1]["k"][0] -= 7
nested[1]["k"] += [9]
print(nested)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t += (2, 3)
print(t)
f = 1.5
f += 1
f *= 2
f //= 2
f %= 1.5
print(f)
m = [1]
alias = m
m += [2]
print(alias, alias is m)
m = m + [3]
print(alias, alias is m)
counter = {}
for w in "a b a c b a".split():
    counter[w] = counter.get(w, 0) + 1
print(counter)
i = 0
while i < 5:
    i += 2
print(i)
b = True
b += True
print(b, type(b).__name__)
try:
    y = None
    y += 1
except TypeError as e:
    print("TypeError:", e)
