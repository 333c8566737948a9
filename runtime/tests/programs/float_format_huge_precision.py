# Float formatting with precisions past what a double holds exactly (and
# past Rust's 65535 formatter limit): CPython pads with zeros, never fails.


def digest(s):
    # A short fingerprint of a long string: its length, both ends, and a
    # position-weighted checksum of every character.
    total = 0
    for i, c in enumerate(s):
        total = (total * 31 + ord(c) * (i + 1)) % 1000000007
    return (len(s), s[:12], s[-12:], total)


values = [1.5, -2.5, 0.1, 1e300, -1e-300, 5e-324, 2.0 ** -1074 * 3, 1 / 3, 0.0, -0.0,
          123456789.123456789]
for x in values:
    for p in (1100, 65535, 65536, 70000):
        print(p, digest('%.*f' % (p, x)))
        print(p, digest('%.*e' % (p, x)))
        print(p, digest('%.*g' % (p, x)))
        print(p, digest('%#.*g' % (p, x)))
    print(digest(format(x, '.70000f')))
    print(digest(format(x, '+,.66000f')))
    print(digest(f'{x:.70000e}'))
    print(digest(f'{x:.70000g}'))
    print(digest(f'{x:>70010.70000E}'))
    print(digest(f'{x:.800g}'), digest(f'{x:.767e}'))

for bad in ('.2147483648f', '.99999999999e'):
    try:
        format(1.5, bad)
    except ValueError as e:
        print('ValueError', e)
try:
    '%.2147483648f' % 1.5
except ValueError as e:
    print('ValueError', e)
