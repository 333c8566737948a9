# del statement forms
a = 1
b = 2
del a
print("deleted", b)
try:
    print(a)
except NameError as e:
    print("NameError:", e)
lst = [0, 1, 2, 3, 4, 5, 6, 7]
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
x, y = 1, 2
del x, y
try:
    y
except NameError as e:
    print("NameError:", e)
nested = {"a": [1, 2, {"b": 3}]}
del nested["a"][2]["b"]
del nested["a"][0]
print(nested)
def f():
    v = 10
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    del lst[10]
except IndexError as e:
    print("IndexError:", e)
try:
    t = (1, 2)
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    s = "abc"
    del s[0]
except TypeError as e:
    print("TypeError:", e)
