# iterator protocol: __iter__/__next__, iterables vs iterators, StopIteration, iter() sentinel
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

c = Countdown(3)
print(list(c), list(c))          # exhausted after first pass

class Repeatable:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Countdown(self.n)
r = Repeatable(3)
print(list(r), list(r), sum(r), sorted(r))
print([(a, b) for a in Repeatable(2) for b in Repeatable(2)])

it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)

# using the protocol with builtins
print(dict(zip(Repeatable(3), "abc")), list(map(str, Repeatable(4))))
print(max(Repeatable(5)), any(x > 4 for x in Repeatable(5)), "-".join(map(str, Countdown(3))))
x, y, z = Countdown(3)
print(x, y, z)

# iter(callable, sentinel)
state = [0]
def tick():
    state[0] += 1
    return state[0]
print(list(iter(tick, 5)))

# errors
class NoNext:
    def __iter__(self):
        return 42
try:
    iter(NoNext())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(Repeatable(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in 3.5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
# a __next__ that raises StopIteration with a value
class WithValue:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("payload")
try:
    next(WithValue())
except StopIteration as e:
    print(e.value, e.args)
print(list(WithValue()))
