# dict methods
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 99))
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("zz", "default"), d.pop("zz", None), d)
d.update({"x": 10, "a": -1})
print(d)
d.update(y=20, z=30)
print(d)
d.update([("p", 0), ("q", 1)])
print(d)
c = d.copy()
c["new"] = True
print(len(d), len(c), "new" in d, c is d)
print(d.popitem(), d.popitem(), d)
keys = d.keys()
vals = d.values()
items = d.items()
d["late"] = 7
print(list(keys), list(vals), list(items))
print(len(keys), "late" in keys, 7 in vals, ("late", 7) in items)
d.clear()
print(d, len(d), list(keys))
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
lists = {"a": [1]}
lists["a"] += [2]
lists["a"].append(3)
print(lists)
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    {"a": 1}["b"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    {}[(1, 2)]
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
