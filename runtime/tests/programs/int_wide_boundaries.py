# Ints around the edges of their representations: inline (50 bits),
# 128-bit machine words, and arbitrary precision. Equal values must behave
# the same however they were computed.

edges = []
for b in (49, 50, 63, 64, 126, 127, 128, 129):
    for d in (-1, 0, 1):
        edges.append(2**b + d)
        edges.append(-(2**b) + d)

for x in edges:
    print(x, hex(x), bool(x), x > 0, -x, abs(x), x // 7, x % 7, x // -7, x % -7)

# The same value reached three ways hashes and compares the same.
for b in (63, 64, 100, 127, 128):
    a = 2**b
    s = 1 << b
    p = int("1" + "0" * b, 2)
    f = int(float(2**b))
    print(b, a == s == p == f, hash(a) == hash(s) == hash(p) == hash(f), hash(a) == hash(float(a)))
    d = {a: "pow"}
    d[s] = "shift"
    print(len(d), d[p], p in {s}, a is not None)

# Crossing 128 bits up and down.
m = 2**127 - 1
print(m + 1, m + 1 - 1 == m, (m + 1) // 2, -(-(2**127)), abs(-(2**127)))
print(m * m, (m * m) // m == m, (m * m) % m)
print(-(2**127) // -1, -(2**127) % -1, divmod(-(2**127), 3))
print((1 << 127) >> 1, (1 << 200) >> 150, (-1 << 127) >> 3, (-5) >> 200)
print(0xFFFFFFFFFFFFFFFF & -1, -(2**64) | 1, (2**64) ^ (2**63), ~(2**100))
print(pow(2**64 + 1, 3, 2**65), pow(3, 100, 2**64), pow(-(2**70), 2))

# A 64-bit linear congruential generator and FNV hash, the usual callers.
s = 1
for _ in range(5):
    s = (s * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
    print(s, s >> 33, s % 1000)
h = 0xCBF29CE484222325
for ch in "coral":
    h = ((h ^ ord(ch)) * 0x100000001B3) % 2**64
print(h, f"{h:x}", f"{h:,}", f"{h:>25}", f"{-h:e}")

# Mixed with floats and bools, and in containers.
print(2**63 == 2.0**63, 2**64 + 1 > 2.0**64, 2**127 < float("inf"), (2**64) / 2, float(-(2**100)))
print(True + 2**63, 2**63 * True, [2**64] * 2 == [2**64, 2**64], sorted([2**127, -(2**64), 2**63, 0]))
print(max(edges), min(edges), sum(edges), len(set(edges)), edges.index(2**64))
print(round(2**70, -20), int(2**64), isinstance(2**64, int), type(2**127).__name__)
print(str(-(2**128) - 1), repr(2**129 + 1), (2**128).bit_length(), (-(2**64)).bit_length())
