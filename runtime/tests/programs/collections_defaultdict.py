# collections.defaultdict: factories, grouping, nesting, __missing__ behaviour, repr
from collections import defaultdict

counts = defaultdict(int)
for word in "the cat and the hat and the bat".split():
    counts[word] += 1
print(sorted(counts.items()), counts["zebra"], len(counts))

groups = defaultdict(list)
for name in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[name[0]].append(name)
print(dict(groups))
print(groups)

sets = defaultdict(set)
for a, b in [(1, 2), (1, 3), (2, 3), (1, 2)]:
    sets[a].add(b)
print({k: sorted(v) for k, v in sets.items()})

def tree():
    return defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2
def plain(d):
    return {k: plain(v) if isinstance(v, defaultdict) else v for k, v in d.items()}
print(plain(t))

d = defaultdict(lambda: "N/A")
d["set"] = "value"
print(d["set"], d["unset"], sorted(d))
# get() and `in` do not create entries
d2 = defaultdict(list)
print(d2.get("k"), "k" in d2, len(d2))
d2["k"]
print("k" in d2, d2)
# no default factory behaves like dict
nd = defaultdict()
print(nd.default_factory)
try:
    nd["missing"]
except KeyError as e:
    print(type(e).__name__, e)
# the factory can be changed; copying keeps it
c = counts.copy()
print(type(c).__name__, c.default_factory is int)
counts.default_factory = lambda: -1
print(counts["new"])
print(isinstance(counts, dict), defaultdict(int, {"a": 1}), defaultdict(str, a="x")["b"] == "")
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
