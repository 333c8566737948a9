# collections.OrderedDict: move_to_end, popitem(last=), order-sensitive equality, LRU cache
from collections import OrderedDict

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), list(od.values()))
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od))
print(od.popitem(), od)
print(od.popitem(last=False), od)
od["x"] = 9
od["a"] = 100              # updating keeps position
print(od)

o1 = OrderedDict([("a", 1), ("b", 2)])
o2 = OrderedDict([("b", 2), ("a", 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == {"b": 2, "a": 1})
print(list(reversed(o1)), o1.copy(), OrderedDict.fromkeys("xyz", 0))
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    o1.move_to_end("zz")
except KeyError as e:
    print(type(e).__name__, e)

class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]
    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print("  evict", evicted)

cache = LRU(2)
cache.put(1, "one")
cache.put(2, "two")
print(cache.get(1))
cache.put(3, "three")
print(cache.get(2), cache.get(3), list(cache.data))
cache.put(1, "uno")
cache.put(4, "four")
print(list(cache.data.items()))
od = OrderedDict(a=1)
od.update([("b", 2)], c=3)
print(od, od.setdefault("a", 0), od.setdefault("d", 4), od.pop("b"), od)
print(OrderedDict(sorted({"z": 1, "y": 2, "x": 3}.items())))
