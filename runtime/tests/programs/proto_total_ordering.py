# functools.total_ordering filling in missing comparison methods
from functools import total_ordering

@total_ordering
class Card:
    ranks = "23456789TJQKA"
    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]
    def __repr__(self):
        return self.rank + self.suit
    def key(self):
        return self.ranks.index(self.rank)
    def __eq__(self, other):
        return self.key() == other.key()
    def __lt__(self, other):
        return self.key() < other.key()

a, b, c = Card("Ts"), Card("Kh"), Card("Td")
print(a < b, a <= b, a > b, a >= b, a == c, a != c, a <= c, a >= c)
hand = [Card(t) for t in ["Ah", "2c", "Ts", "9d", "Kh", "Td"]]
print(sorted(hand), max(hand), min(hand))
print(sorted(hand, reverse=True))
print(sorted(["__ge__" in Card.__dict__, "__gt__" in Card.__dict__, "__le__" in Card.__dict__]))

@total_ordering
class Score:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f"Score({self.v})"
s = [Score(5), Score(1), Score(3)]
print(Score(1) < Score(2), Score(2) <= Score(2), Score(3) >= Score(4))
print(sorted(s))

try:
    @total_ordering
    class Empty:
        pass
except ValueError as e:
    print(type(e).__name__, e)
