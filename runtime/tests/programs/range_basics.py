# range objects
print(range(5), range(1, 5), range(1, 10, 2), range(10, 0, -3), range(0), range(-5, -1))
print(list(range(5)), list(range(1, 5)), list(range(1, 10, 2)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 1)), list(range(1, 5, -1)), list(range(-3)), list(range(-5, 5, 3)))
for r in [range(10), range(3, 20, 4), range(10, -10, -3), range(0), range(5, 5), range(-1, -10, -2)]:
    print(r, len(r), list(r)[:5], r[0] if len(r) else None, r[-1] if len(r) else None)
r = range(0, 100, 7)
print(r[3], r[-2], r[2:5], r[::-1], r[::2], r[-3:], r[:100], len(r[1:-1]))
print(7 in r, 8 in r, 98 in r, 105 in r, -7 in r)
print(r.index(21), r.count(14), r.count(15), r.start, r.stop, r.step)
print(range(3) == range(0, 3), range(0) == range(5, 2), range(1, 4, 2) == range(1, 5, 2))
print(sum(range(101)), max(range(-5, 5)), min(range(5, 0, -1)), sorted(range(3, 0, -1)))
print(list(reversed(range(4))), list(range(2 ** 64, 2 ** 64 + 3)))
print(len(range(0, 2 ** 40, 3)), range(10)[3:100:2])
big = range(10 ** 12)
print(len(big), big[10 ** 11], 10 ** 11 in big)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(3).index(9)
except ValueError as e:
    print("ValueError:", e)
