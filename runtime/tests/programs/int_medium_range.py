# Ints between 2^49 and 2^63 (boxed, but computed as machine words) and
# their overflow into big ints, across + - * // % << >> ^.
seed = 42
acc = 0
for i in range(1000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    big = seed * 2**40 - 3 * 2**61
    acc ^= big // 7 + big % 1000 - (big >> 3) + (big << 2)
    acc = acc % (2**63 - 25) - 2**62
print(seed, acc, 2**62 * 2, -(2**63) - 1, (2**63 - 1) + 1, 2**50 // 3, -(2**55) % 1000)
