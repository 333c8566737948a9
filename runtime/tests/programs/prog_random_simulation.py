# whole program: seeded Monte Carlo simulations (dice, random walk, card draws, queue) with exact output
import random
from collections import Counter, deque

rng = random.Random(12345)
rolls = Counter(rng.randint(1, 6) + rng.randint(1, 6) for _ in range(2000))
print(sorted(rolls.items()))
print("most common sum:", rolls.most_common(1)[0])

random.seed(2023)
pos, visited, max_dist = 0, {0}, 0
for step in range(500):
    pos += random.choice((-1, 1))
    visited.add(pos)
    max_dist = max(max_dist, abs(pos))
print("walk end", pos, "distinct", len(visited), "max", max_dist)

suits, ranks = "SHDC", "23456789TJQKA"
deck = [r + s for s in suits for r in ranks]
random.shuffle(deck)
hands = [deck[i * 5:(i + 1) * 5] for i in range(4)]
for h in hands:
    counts = Counter(card[0] for card in h)
    kind = max(counts.values())
    print(" ".join(h), {1: "high card", 2: "pair", 3: "three", 4: "four"}[kind])

# single-server queue simulation with integer times
random.seed(7)
queue = deque()
t, served, waits, next_arrival, busy_until = 0, 0, [], 0, 0
while t < 200:
    if t == next_arrival:
        queue.append(t)
        next_arrival = t + random.randint(1, 6)
    if t >= busy_until and queue:
        arrived = queue.popleft()
        waits.append(t - arrived)
        busy_until = t + random.randint(2, 5)
        served += 1
    t += 1
print("served", served, "left in queue", len(queue), "max wait", max(waits), "avg wait", round(sum(waits) / len(waits), 3))
# estimating pi with a fixed seed
random.seed(1)
inside = sum(1 for _ in range(20000) if random.random() ** 2 + random.random() ** 2 <= 1)
print("pi ~", 4 * inside / 20000)
print(random.sample(deck, 3), round(random.uniform(1, 100), 5), random.randrange(0, 1000, 7))
