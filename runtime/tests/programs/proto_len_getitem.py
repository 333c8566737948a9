# __len__ and __getitem__: indexing, slicing, iteration fallback, `in` fallback
class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Squares index out of range")
        return i * i

s = Squares(6)
print(len(s), s[0], s[5], s[-1], s[1:4], s[::2], s[::-1], s[-2:])
print(list(s), 16 in s, 17 in s, sorted(s, reverse=True), sum(s))
for i, v in enumerate(s):
    if i > 2:
        break
    print(i, v)
try:
    s[6]
except IndexError as e:
    print(type(e).__name__, e)
a, b, *rest = Squares(4)
print(a, b, rest, max(Squares(3)), tuple(Squares(3)))

# iteration fallback: only __getitem__, stops at IndexError
class Letters:
    def __getitem__(self, i):
        print("  getitem", i)
        return "abc"[i]
print(list(Letters()))
print("b" in Letters())
it = iter(Letters())
print(next(it), next(it))

# __getitem__ with dict-like keys
class Table:
    def __getitem__(self, key):
        row, col = key
        return f"r{row}c{col}"
t = Table()
print(t[1, 2], t[(0, 0)])
# __len__ errors
class NegLen:
    def __len__(self): return -1
class StrLen:
    def __len__(self): return "3"
for obj in (NegLen(), StrLen(), object()):
    try:
        print(len(obj))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    Squares(2)["x"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)
