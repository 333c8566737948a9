# arithmetic and unary operator dunders on a 2D vector class
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y     # dot product
        return Vec(self.x * k, self.y * k)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, n):
        return Vec(self.x ** n, self.y ** n)
    def __divmod__(self, k):
        return (self // k, self % k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return Vec(+self.x, +self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return Vec(self.y, self.x)
    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x
    def __lshift__(self, n):
        return Vec(self.x << n, self.y << n)
    def __rshift__(self, n):
        return Vec(self.x >> n, self.y >> n)
    def __and__(self, o):
        return Vec(self.x & o.x, self.y & o.y)
    def __or__(self, o):
        return Vec(self.x | o.x, self.y | o.y)
    def __xor__(self, o):
        return Vec(self.x ^ o.x, self.y ^ o.y)

a, b = Vec(3, 4), Vec(-1, 7)
print(a + b, a - b, a * 2, a * b, a / 2, a // 2, a % 2)
print(a ** 2, divmod(Vec(7, -7), 3), -a, +b, abs(a), ~a, a @ b)
print(a << 2, Vec(16, 9) >> 1, a & b, a | b, a ^ b)
print(a + b * 2 - Vec(1, 1), -(a - b))
print(pow(a, 3))
try:
    pow(a, 2, 5)
except TypeError as e:
    print(type(e).__name__, e)
total = Vec(0, 0)
for v in [Vec(1, 1), Vec(2, 2), Vec(3, 3)]:
    total = total + v
print(total)
# operators on the class itself are not defined
try:
    Vec + Vec
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
