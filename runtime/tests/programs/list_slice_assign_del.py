# slice assignment and deletion
a = list(range(10))
a[1:3] = ["x", "y", "z"]
print(a)
a[5:] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[2:4] = "AB"
print(a)
b = list(range(10))
b[::2] = [0] * 5
print(b)
b[1::2] = ["o"] * 5
print(b)
b[::-1] = range(10)
print(b)
c = list(range(10))
del c[::2]
print(c)
del c[0]
print(c)
del c[-1]
print(c)
del c[1:3]
print(c)
del c[:]
print(c)
d = list(range(8))
d[2:6] = [7]
print(d)
d[1:1] = [1, 1, 1]
print(d)
d[-2:] = [9, 9, 9, 9]
print(d)
e = [1, 2, 3]
e[:] = e + e
print(e)
del e[5:1:-2]
print(e)
f = [0, 1, 2, 3, 4]
f[3:1] = ["in"]
print(f)
try:
    f[::2] = [1, 2]
except ValueError as ex:
    print("ValueError:", ex)
try:
    del f[99]
except IndexError as ex:
    print("IndexError:", ex)
try:
    f[99] = 1
except IndexError as ex:
    print("IndexError:", ex)
x = 5
del x
try:
    print(x)
except NameError as ex:
    print("NameError:", ex)
