# subclassing dict, list and Exception: overriding methods, __missing__, super() calls
class DefaultDict(dict):
    def __init__(self, default, *args, **kw):
        super().__init__(*args, **kw)
        self.default = default
    def __missing__(self, key):
        self[key] = self.default()
        return self[key]

d = DefaultDict(list, a=[1])
d["b"].append(2)
d["a"].append(3)
print(d, len(d), isinstance(d, dict), d.get("zz"), "zz" in d)

class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
ld = LowerDict()
ld["KEY"] = 1
ld["Other"] = 2
print(ld["key"], ld["OTHER"], ld, list(ld.keys()))
ld.update({"UPPER": 3})          # update does not call the overridden __setitem__
print(ld)

class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
    def __repr__(self):
        return "Stack(" + super().__repr__() + ")"
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), s[1:], type(s[1:]).__name__, s + [9], type(s + [9]).__name__)
print(sorted(Stack([3, 1, 2])), Stack("ab"), s == [1, 2, 3, 4])

class TypedList(list):
    def append(self, x):
        if not isinstance(x, int):
            raise TypeError(f"only ints, got {type(x).__name__}")
        super().append(x)
tl = TypedList()
tl.append(5)
try:
    tl.append("x")
except TypeError as e:
    print(type(e).__name__, e)
print(tl)

class HTTPError(Exception):
    def __init__(self, code, msg):
        super().__init__(f"{code}: {msg}")
        self.code = code
class NotFound(HTTPError):
    def __init__(self, path):
        super().__init__(404, f"{path} not found")
        self.path = path
try:
    raise NotFound("/index")
except HTTPError as e:
    print(e, e.code, e.path, e.args, repr(e))

class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n.shout(), n + "by", type(n + "by").__name__, n == "bob", len(n))
class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)
print(Even(7), Even(8) + 1, type(Even(3)).__name__)
