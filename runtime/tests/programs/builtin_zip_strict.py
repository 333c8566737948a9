# zip(strict=True) raises ValueError naming the argument that is shorter
# or longer; equal lengths and strict=False behave like plain zip.
cases = [
    ([1, 2], [3]),
    ([1], [3, 4]),
    ([1, 2], [3, 4], [5]),
    ([1, 2], [3, 4], [5, 6, 7]),
    ([1, 2, 3], [4, 5], [6, 7]),
    ([], [1]),
    ([1], []),
    ([], []),
    ([1, 2], "ab", (9, 8)),
]
for args in cases:
    for strict in (True, False):
        try:
            print(list(zip(*args, strict=strict)))
        except ValueError as e:
            print("ValueError:", e)
print(list(zip(strict=True)), list(zip([1, 2], strict=True)))
for a, b in zip("xy", [1, 2], strict=True):
    print(a, b)
try:
    for a, b in zip("xyz", [1, 2], strict=True):
        print(a, b)
except ValueError as e:
    print("ValueError:", e)
try:
    zip([1], bogus=True)
except TypeError as e:
    print("TypeError:", e)
