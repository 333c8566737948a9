# Chained comparisons used as conditions (if/elif/while/comprehension
# filters, with and/or/not), which compile to compare-and-branch chains.
for o in [60, 97, 100, 122, 123, 65, 90]:
    if 97 <= o <= 122:
        print(o, "lower")
    elif not (65 <= o <= 90):
        print(o, "other")
    else:
        print(o, "upper")
    print(1 < o < 100 < 200, 1 < o > 95 != 96)
    while 0 < o < 62:
        o -= 100
        print("loop", o)
    if 0 < o < 10 or o == 60 or 90 < o <= 97:
        print("or-chain", o)
    if not 1 < o < 2 and o > 0:
        print("and-chain", o)
x = [1, 2, 3]
def f():
    return 3
print([v for v in x if 1 <= v < f()], 0 < f() < f() + 1 == 4)
