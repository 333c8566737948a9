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

# Three-argument pow reaches __pow__; __len__ and __hash__ may return bools.
class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
print(pow(P(), 2, 5), pow(P(), 3), P() ** 4)
try:
    pow(object(), 2, 5)
except TypeError as e:
    print(e)
class B:
    def __len__(self):
        return True
    def __hash__(self):
        return False
print(len(B()), hash(B()), bool(B()))

# Slices compare as (start, stop, step).
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(0, 5, 2) >= slice(0, 5, 1))
print(sorted([slice(3, 1, 1), slice(1, 2, 3), slice(1, 2, 0)]))
try:
    slice(0, 5, 2) >= slice(0, 5)
except TypeError as e:
    print(e)

# The int/str conversion limit is the interpreter's own setting.
import sys
print(sys.get_int_max_str_digits())
try:
    int('1' * 5000)
except ValueError as e:
    print(e)
try:
    str(10 ** 5000)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(6000)
print(len(str(int('1' * 5000))), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(maxdigits=0)
print(len(str(10 ** 7000)), int('9' * 7000) % 7)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
print(len(hex(10 ** 7000)), int('f' * 6000, 16) % 1000)

# Ranges index with huge ints as CPython does.
print(range(10**20)[-1], range(10**20)[5], range(-5, 10**30, 7)[-2], range(10**20, 10**20 + 3)[1])
try:
    range(10)[-11]
except IndexError as e:
    print(e)
