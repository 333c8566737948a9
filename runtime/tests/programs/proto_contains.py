# __contains__ and the `in` / `not in` operators, with fallbacks
class Range2:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __contains__(self, x):
        print("  contains", x)
        return self.lo <= x < self.hi

r = Range2(1, 5)
print(3 in r, 5 in r, 0 not in r)

class Truthy:
    def __contains__(self, x):
        return "yes"          # result is converted to bool
print(1 in Truthy(), 1 not in Truthy())

# fallback to __iter__ when no __contains__
class Evens:
    def __iter__(self):
        print("  iter called")
        return iter([0, 2, 4, 6])
print(4 in Evens(), 5 in Evens())

# fallback to __getitem__ when neither exists
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(20 in Seq(), 25 in Seq())

class NotContainer:
    pass
try:
    1 in NotContainer()
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)

# __contains__ that raises
class Picky:
    def __contains__(self, x):
        if not isinstance(x, str):
            raise TypeError(f"Picky holds only str, got {type(x).__name__}")
        return x.startswith("p")
print("pear" in Picky(), "apple" in Picky())
try:
    3 in Picky()
except TypeError as e:
    print(type(e).__name__, e)

# identity check before equality in builtin containers
class NeverEqual:
    def __eq__(self, other):
        return False
n = NeverEqual()
print(n in [n], NeverEqual() in [n], n == n)
nan = float("nan")
print(nan in [nan], nan == nan)
# dict/set membership uses the hash
class Key:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return self.k == o.k
print(Key(3) in {Key(3): 1}, Key(4) in {Key(3)})
