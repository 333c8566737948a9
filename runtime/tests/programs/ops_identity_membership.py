# is / is not / in / not in
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, b is not a)
n = None
print(n is None, n is not None, None is None)
t = True
print(t is True, (1 == 1) is True, (1 == 2) is False, bool(1) is True)
print(id(a) == id(b), id(a) == id(c), id(None) == id(n))
e1 = ()
e2 = ()
print(e1 == e2, len(e1) == 0)
print(1 in [1, 2], 1 in (1,), 1 in {1: 0}, 0 in {1: 0}, 1 in {1}, 1 in range(2), "1" in "123")
print(3 not in [1, 2], "z" not in "abc", "a" not in {"a": 1}, [] in [[]], () in [()])
print(1.0 in [1], True in [1], 0 in [False], None in [0, False, ""])
nan = float("nan")
lst = [nan]
print(nan in lst, float("nan") in lst)
print("ab" in "cab", "ba" in "cab", "" in "", [1, 2] in [1, 2, [1, 2]])
print((1, 2) in {(1, 2): 0}, (2, 1) in {(1, 2)})
d = {"k": 1}
print("k" in d.keys(), 1 in d.values(), ("k", 1) in d.items())
try:
    [1] in {1}
except TypeError as e:
    print("TypeError:", e)
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
