# infinite generators consumed partially; generator objects as state machines
import itertools

def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

print(list(itertools.islice(primes(), 15)))
p = primes()
print([next(p) for _ in range(5)], next(p))

def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:10], len(list(collatz(27))), max(collatz(27)))

def take_while(pred, gen):
    for x in gen:
        if not pred(x):
            return
        yield x
print(list(take_while(lambda x: x < 50, (n * n for n in naturals()))))

def traffic_light():
    while True:
        yield "green"
        yield "yellow"
        yield "red"
light = traffic_light()
print([next(light) for _ in range(7)])

def interleave(*gens):
    gens = list(gens)
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave(iter("abc"), iter([1, 2]), iter("XYZW"))))

def running_max(src):
    best = None
    for x in src:
        if best is None or x > best:
            best = x
        yield best
print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))

# generator that remembers how many values were pulled
class Counted:
    def __init__(self, gen):
        self.gen = gen
        self.pulled = 0
    def __iter__(self):
        for x in self.gen:
            self.pulled += 1
            yield x
c = Counted(naturals(100))
print(next(x for x in c if x % 17 == 0), c.pulled)
