# random with a fixed seed: random, randint, randrange, choice, shuffle, uniform give exact values
import random

random.seed(42)
print([random.random() for _ in range(5)])
print([random.randint(1, 6) for _ in range(12)])
print([random.randrange(10) for _ in range(8)])
print([random.randrange(5, 50, 5) for _ in range(8)])
print([random.randrange(-10, 10) for _ in range(6)])
print([random.choice("abcdefg") for _ in range(8)])
print(random.choice([10, 20, 30]), random.choice((True, False)), random.choice(range(100, 200)))
deck = list(range(10))
random.shuffle(deck)
print(deck)
names = ["ann", "bob", "cy", "dee", "eve"]
random.shuffle(names)
print(names)
print([random.uniform(0, 1) for _ in range(3)])
print([round(random.uniform(-5, 5), 6) for _ in range(3)])
print(random.uniform(10, 2))

# re-seeding repeats the sequence
random.seed(7)
first = [random.random() for _ in range(3)]
random.seed(7)
second = [random.random() for _ in range(3)]
print(first == second, first)

# different seeds
for seed in (0, 1, 123456789, 2 ** 40 + 3):
    random.seed(seed)
    print(seed, random.random(), random.randint(0, 10 ** 12))

# big ranges and powers of two
random.seed(99)
print(random.randint(0, 2 ** 64), random.randrange(2 ** 100), random.getrandbits(16), random.getrandbits(70))
print(random.randint(5, 5), random.randrange(1, 2))

for bad in (lambda: random.randint(5, 1), lambda: random.randrange(0), lambda: random.choice([]),
            lambda: random.randrange(1, 10, 0)):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
