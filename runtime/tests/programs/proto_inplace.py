# in-place dunders (__iadd__ etc.), fallback to __add__, aliasing effects
class Bag:
    def __init__(self, items=()):
        self.items = list(items)
    def __repr__(self):
        return f"Bag({self.items})"
    def __add__(self, other):
        print("  __add__")
        return Bag(self.items + list(other.items))
    def __iadd__(self, other):
        print("  __iadd__")
        self.items.extend(other.items)
        return self
    def __isub__(self, other):
        for x in other.items:
            self.items.remove(x)
        return self
    def __imul__(self, n):
        self.items *= n
        return self

a = Bag([1])
alias = a
a += Bag([2, 3])
print(a, alias, a is alias)
a -= Bag([2])
print(a)
a *= 3
print(a, alias)

class Frozen:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Frozen({self.v})"
    def __add__(self, other):
        print("  Frozen.__add__")
        return Frozen(self.v + other)
f = Frozen(1)
g = f
f += 10                     # no __iadd__: falls back to __add__, rebinding f
print(f, g, f is g)

class Weird:
    def __iadd__(self, other):
        return "replaced"
w = Weird()
w += 1
print(w)

class NoIadd:
    def __iadd__(self, other):
        return NotImplemented
    def __add__(self, other):
        return "used __add__"
n = NoIadd()
n += 1
print(n)

# augmented assignment on attributes and subscripts calls __iadd__ once
class Holder:
    def __init__(self):
        self.bag = Bag()
h = Holder()
h.bag += Bag([7])
d = {"k": Bag([0])}
d["k"] += Bag([9])
print(h.bag, d)
# lists: += mutates, + creates
x = [1]
y = x
x += [2]
print(x, y)
x = x + [3]
print(x, y)
t = (1,)
u = t
t += (2,)
print(t, u)
