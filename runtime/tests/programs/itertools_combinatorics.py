# itertools: product (incl. repeat=), permutations, combinations, combinations_with_replacement
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("ab", [1, 2])))
print(list(product("ab", repeat=2)))
print(list(product([0, 1], repeat=3)))
print(list(product("xy", "12", repeat=2))[:6], len(list(product("xy", "12", repeat=2))))
print(list(product()), list(product("ab", [])), list(product(repeat=0)))
print(len(list(product(range(4), range(5), range(6)))))
print(list(permutations("abc")))
print(list(permutations("abcd", 2)))
print(list(permutations(range(3), 0)), list(permutations(range(2), 5)), len(list(permutations(range(6)))))
print(list(combinations("abcd", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations("ab", 0)), list(combinations("ab", 3)), list(combinations([3, 1, 2], 2)))
print(list(combinations_with_replacement("abc", 2)))
print(list(combinations_with_replacement([1, 2], 3)))
# duplicates in the input are treated by position
print(list(permutations("aab", 2)), list(combinations("aab", 2)))
# solving a small puzzle: SEND-like sum of digits
sols = [p for p in permutations(range(1, 6), 3) if p[0] + p[1] == p[2] and p[0] < p[1]]
print(sols)
# all subsets via combinations
items = ["x", "y", "z"]
subsets = [c for r in range(len(items) + 1) for c in combinations(items, r)]
print(subsets)
# grid coordinates and dice totals
print([(r, c) for r, c in product(range(2), range(3))])
totals = {}
for d1, d2 in product(range(1, 7), repeat=2):
    totals[d1 + d2] = totals.get(d1 + d2, 0) + 1
print(sorted(totals.items()))
try:
    list(combinations("abc", -1))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(product("ab", repeat=-1))
except ValueError as e:
    print(type(e).__name__, e)
