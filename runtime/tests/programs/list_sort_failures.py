# A sort that fails keeps every item; mutation during a sort is reported.
l = [3, 1, None, 2]
try:
    l.sort()
except TypeError as e:
    print("TypeError:", e)
print(l)


def bad_key(x):
    if x == 2:
        raise ValueError("no key for 2")
    return -x


l = [5, 2, 9, 1]
try:
    l.sort(key=bad_key)
except ValueError as e:
    print("ValueError:", e)
print(l)

l = ["b", "a", 3]
try:
    l.sort(reverse=True)
except TypeError as e:
    print("TypeError:", e)
print(sorted(l, key=str), len(l))


class Grabby:
    def __init__(self, v, victim):
        self.v = v
        self.victim = victim

    def __lt__(self, other):
        self.victim.append(0)
        return self.v < other.v


victim = []
items = [Grabby(i, victim) for i in (3, 1, 2)]
victim.extend(items)
try:
    victim.sort()
except ValueError as e:
    print("ValueError:", e)
print(len(victim) > 0)
l = [4, 3, 2, 1]
l.sort()
print(l, sorted([]), sorted([1]))
