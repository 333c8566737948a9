# TypeError from calling with too many positional arguments
def area(w, h):
    return w * h
def perimeter(w, h=1):
    return 2 * (w + h)
print(area(2, 3), perimeter(2), perimeter(2, 5))
try:
    perimeter()
except TypeError as e:
    print("caught:", e)
shapes = [(1, 2), (3, 4), (5, 6, 7)]
for s in shapes:
    print("area of", s, "=", area(*s))
