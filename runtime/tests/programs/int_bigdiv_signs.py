# Big-int floor division and modulo across sizes and signs, including the
# small-quotient cases (digit extraction) that take a fast path in coral.
vals = [
    1, 7, -7, 2**64 - 1, 2**64, -(2**64), 3**100, -(3**100), 10**60 + 7,
    2**200 + 12345, -(2**200) + 1, 17 * 3**90, 3**90, (3**90) * 9 + 8,
]
for a in vals:
    for b in vals:
        q, r = divmod(a, b)
        assert q * b + r == a
        print(a // b, a % b, q, r)
# digit extraction, pidigits-style
q, r, t = 1, 0, 1
for k in range(1, 60):
    q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
    print((q * 3 + r) // t, (q * 4 + r) // t, (q * 3 + r) % t == ((q * 3 + r) - t * ((q * 3 + r) // t)))
print(divmod(10**50, 10**49 + 1), divmod(-(10**50), 10**49 + 1), divmod(10**50, -(10**49) - 1))
