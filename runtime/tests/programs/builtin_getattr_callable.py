# getattr / setattr / hasattr / callable on builtin objects
lst = [3, 1, 2]
append = getattr(lst, "append")
append(0)
print(lst)
getattr(lst, "sort")()
print(lst)
print(getattr("hello", "upper")(), getattr("a,b", "split")(","))
print(getattr(5, "missing", "default"), getattr([], "nope", None))
print(hasattr("x", "upper"), hasattr("x", "append"), hasattr([], "append"), hasattr({}, "items"), hasattr(1, "foo"))
print(hasattr(None, "x"), hasattr((1,), "count"), hasattr(set(), "add"), hasattr(frozenset(), "add"))
d = {"a": 1}
print(getattr(d, "get")("a"), getattr(d, "keys")() == d.keys())
print(callable(len), callable(print), callable(lambda: 0), callable(int), callable(ValueError))
print(callable(1), callable("s"), callable([]), callable(None), callable(lst.append))
def f():
    return 1
print(callable(f), callable(f()), callable(getattr))
methods = ["upper", "lower", "strip"]
s = "  MiXed  "
for m in methods:
    print(m, repr(getattr(s, m)()))
try:
    getattr(1, "foo")
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr([], "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(5, "real", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    "abc".nosuch()
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr("x", 5)
except TypeError as e:
    print("TypeError:", e)
