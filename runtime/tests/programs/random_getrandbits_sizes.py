# random.getrandbits: CPython's numbers for every size (words drawn least
# significant first), linear-time building of big results, and CPython's
# errors for negative and C-int-overflowing sizes (issue 22, defect 6).
import random
r = random.Random(12345)
for k in (1, 31, 32, 33, 63, 64, 65, 95, 96, 97, 127, 128, 129, 1000, 4096, 4097):
    print(k, r.getrandbits(k))
print(r.getrandbits(2 ** 20) % 1000000007, r.getrandbits(2 ** 20).bit_length())
print(r.random(), r.randrange(10 ** 30))
for bad in (-1, 2 ** 31, 2 ** 40, 2 ** 63):
    try:
        r.getrandbits(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(r.getrandbits(0))
