# hash of ints, bools, tuples of ints
print(hash(0), hash(1), hash(-1), hash(-2), hash(42), hash(-42))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 61 + 1), hash(-(2 ** 61)), hash(2 ** 64), hash(2 ** 100))
print(hash(10 ** 30), hash(-(10 ** 30)), hash(2 ** 63), hash(2 ** 62))
print(hash(True), hash(False))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash((-1, 0)), hash(((1, 2), (3,))))
print(hash((True, False)), hash((2 ** 70, -5)))
print(hash(1) == hash(1.0) == hash(True), hash(-1) == hash(-2))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
try:
    hash({1})
except TypeError as e:
    print("TypeError:", e)
