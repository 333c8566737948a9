# list slicing
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::3], a[1::3], a[::-1])
print(a[8:2:-2], a[-1:-4:-1], a[5:5], a[20:], a[-20:2], a[2:-20:-1])
print(a[::-3], a[9::-4], a[:0:-1], a[None:None:2])
b = a[:]
print(b == a, b is a)
b[0] = 99
print(a[0], b[0])
nested = [[1, 2], [3, 4], [5, 6]]
print(nested[1][0], nested[-1][-1], nested[::2], [row[1] for row in nested])
print(a[slice(2, 8, 3)], a[slice(None, 3)], a[slice(-2, None)])
print(a[len(a) // 2:], a[:len(a) // 2])
t = tuple(a)
print(t[2:5], t[::-2], type(t[1:]).__name__)
r = range(10)
print(r[2:5], r[::-1], list(r[::-3]))
for i in range(-3, 3):
    print(i, a[i], a[i:i + 2])
try:
    a[10]
except IndexError as e:
    print("IndexError:", e)
try:
    a[-11]
except IndexError as e:
    print("IndexError:", e)
try:
    a["1"]
except TypeError as e:
    print("TypeError:", e)
try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)
