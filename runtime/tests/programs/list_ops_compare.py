# list operators and comparisons
a = [1, 2, 3]
b = [1, 2, 4]
print(a < b, a == [1, 2, 3], a != b, [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99])
print(a + b, a * 2, 3 * [0], [a] * 2, a + [], [] * 10)
print(2 in a, 5 in a, [1] in [[1], 2], 5 not in a)
a += [4]
print(a)
a *= 2
print(a)
c = a
c += [0]
print(a is c, len(a))
print(len([]), len([[]]), len([[], []]))
print(list(), list("abc"), list((1, 2)), list(range(3)), list({1: 2, 3: 4}))
print([1, [2, [3, [4]]]], [[]], [()], [{}])
print([1, 2, 3] == (1, 2, 3), [[1, 2]] == [[1, 2]], [0.0] == [0], [float("nan")] == [float("nan")])
x = [3]
x[0] += 5
x[0] *= 2
print(x)
nested = [[1, 2], [3, 4]]
nested[1][0] -= 10
print(nested)
r = [1, 2]
r.append(r)
print(r)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
