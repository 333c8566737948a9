# The number protocol of user classes wherever CPython honours it.
import math

class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __index__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)

n = Num(7)
print("%d %i %x %o %X %f %.2e %g" % (n, n, n, n, n, n, n, n))
print("%5d|%-5x|%08.3f" % (Num(42), Num(255), Num(3)))

class OnlyFloat:
    def __float__(self):
        return 2.5
print("%f %d" % (OnlyFloat(), 3.9))
try:
    "%x" % OnlyFloat()
except TypeError as e:
    print(e)
try:
    "%d" % object()
except TypeError as e:
    print("TypeError")

class Rounding:
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __trunc__(self):
        return "trunc"
print(math.floor(Rounding()), math.ceil(Rounding()), math.trunc(Rounding()))
print(math.floor(Num(2.5)), math.ceil(Num(2.5)), math.floor(2.5), math.ceil(-2.5))

print(math.sqrt(Num(16)), math.exp(Num(0)), math.log(Num(1)), math.atan2(Num(1), 1))
print(math.hypot(Num(3), Num(4)), math.pow(Num(2), 10), math.fabs(Num(-3)))
try:
    math.sqrt("x")
except TypeError as e:
    print(e)
class BadFloat:
    def __float__(self):
        return 1
try:
    math.sqrt(BadFloat())
except TypeError as e:
    print(e)

# Logarithms of ints too large for a float are exact where CPython's are.
print(math.log2(2 ** 1000), math.log10(10 ** 400), math.log(2 ** 2000, 2))
print(math.log10(10 ** 22), math.log2(3 ** 700) > 1109, math.log(10 ** 500))
try:
    math.log10(-(10 ** 400))
except ValueError as e:
    print(e)

# Int literals wider than 64 bits, in every base.
print(0xFFFFFFFFFFFFFFFFFFFF, 0o7777777777777777777777777)
print(0b11111111111111111111111111111111111111111111111111111111111111111)
print(0x_dead_beef_dead_beef_dead, 123_456_789_012_345_678_901_234)

# != falls back to the reflected __eq__, negated.
class E:
    def __eq__(self, o):
        print("eq called")
        return True
print(1 != E(), E() != 1, E() != E())
class NE:
    def __ne__(self, o):
        return "ne"
print(1 != NE(), NE() != 1)
