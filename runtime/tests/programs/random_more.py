# random: gauss, normalvariate, sample, choices, Random instances with independent streams
import random

random.seed(2024)
print([round(random.gauss(0, 1), 12) for _ in range(4)])
print(random.gauss(100, 15))
print([random.normalvariate(0, 1) for _ in range(2)])
print(random.sample(range(100), 5))
print(random.sample(["a", "b", "c", "d", "e"], 3))
print(random.choices("xyz", k=6))
print(random.choices([1, 2, 3], weights=[10, 1, 1], k=8))
print(random.choices(["lo", "hi"], cum_weights=[1, 10], k=5))
print(random.triangular(0, 10, 3), random.expovariate(2.0), random.betavariate(2, 3))

r1 = random.Random(5)
r2 = random.Random(5)
r3 = random.Random(6)
print(r1.random() == r2.random(), r1.random(), r3.random())
print([r1.randint(1, 100) for _ in range(5)], [r2.randint(1, 100) for _ in range(5)])
# module-level functions are unaffected by instance usage
random.seed(1)
a = random.random()
other = random.Random(1)
other.random(); other.random()
random.seed(1)
print(a == random.random())
# instance reseeding
r = random.Random()
r.seed(10)
x = [r.randrange(1000) for _ in range(4)]
r.seed(10)
print(x == [r.randrange(1000) for _ in range(4)], x)
items = list("abcdef")
r.shuffle(items)
print(items, r.choice(items), r.uniform(1, 2))
# getstate / setstate replay
r.seed(3)
state = r.getstate()
s1 = [r.random() for _ in range(3)]
r.setstate(state)
print(s1 == [r.random() for _ in range(3)])
# subclass of Random
class Loaded(random.Random):
    def roll(self):
        return self.randint(1, 6)
lr = Loaded(8)
print([lr.roll() for _ in range(10)])
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print(type(e).__name__, e)
