# getrandbits: linear in the bits asked for, OverflowError past what an
# int can hold, ValueError for negatives.
import random
r = random.Random(12345)
x = r.getrandbits(2**24)
print(x.bit_length() <= 2**24, x.bit_length() > 2**24 - 64)
for n in [2**40, 2**62, 2**70]:
    try:
        r.getrandbits(n)
    except (OverflowError, MemoryError, ValueError) as e:
        print(n, type(e).__name__)
try:
    r.getrandbits(-1)
except ValueError as e:
    print("negative", e)
print(r.getrandbits(0))
