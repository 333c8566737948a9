# dict basics and insertion order
d = {"b": 1, "a": 2, "c": 3}
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
d["d"] = 4
d["a"] = 20
print(d)
del d["b"]
print(d)
d["b"] = 100
print(d)
d.pop("a")
d["a"] = 0
print(d, list(d))
print({}, dict(), {1: "one", 2.5: "x", (1, 2): "t", None: "n", True: "b"})
print(dict([("x", 1), ("y", 2)]), dict(a=1, b=2), dict({"k": "v"}, extra=1), dict(zip("ab", [1, 2])))
print("a" in d, "zz" in d, 100 in d, "zz" not in d)
print(d == {"c": 3, "d": 4, "b": 100, "a": 0}, {1: 2} == {1: 2.0}, {} == {})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
inv = {v: k for k, v in counts.items()}
print(inv)
m = {}
m[1] = "int"
m[1.0] = "float"
m[True] = "bool"
print(m)
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
print(nested["outer"]["inner"][2]["deep"], nested)
for k in d:
    print(k, d[k], end="; ")
print()
for k, v in sorted(d.items(), key=lambda kv: kv[1]):
    print(k, v, end=" ")
print()
scores = {"x": 1}
scores["x"] += 5
scores["x"] *= 3
scores["x"] //= 4
scores["x"] **= 2
print(scores)
print(repr({"q": "it's"}), str({1: [1, 2]}), {(): ()})
print(len({}), bool({}), bool({0: 0}))
