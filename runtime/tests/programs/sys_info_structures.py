# sys.float_info, int_info, hash_info (built on first use), sys.exc_info() and
# sys.exception() for the exception being handled.
import sys
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info[0])
print(sys.int_info, sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf)
print(sys.float_info)
print(type(sys.float_info).__name__, len(sys.int_info), sys.int_info.bits_per_digit)
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("x")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, sys.exception() is v)
print(sys.exc_info())
try:
    sys.no_such_attr
except AttributeError as e:
    print(e)
print(hasattr(sys, 'float_info'), getattr(sys, 'nope', 1))
