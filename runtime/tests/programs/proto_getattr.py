# __getattr__ (only for missing attributes), __setattr__, __delattr__, __getattribute__
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(f"get {name}")
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append(f"set {name}")
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append(f"del {name}")
        delattr(self._target, name)

class Target:
    def __init__(self):
        self.x = 1
    def hello(self):
        return f"hello from target x={self.x}"

t = Target()
p = Proxy(t)
print(p.x, p.hello())
p.x = 5
p.y = 6
print(t.x, t.y, p.y)
del p.y
print(hasattr(t, "y"), hasattr(p, "y"))
print(p._log)

class Defaults:
    known = "class attr"
    def __init__(self):
        self.real = "instance attr"
    def __getattr__(self, name):
        if name.startswith("opt_"):
            return f"default for {name[4:]}"
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Defaults()
print(d.real, d.known, d.opt_color, getattr(d, "opt_size"))
print(hasattr(d, "missing"), getattr(d, "missing", "fallback"))
try:
    d.missing
except AttributeError as e:
    print(type(e).__name__, e)

class Audited:
    def __init__(self):
        self.hits = 0
    def __getattribute__(self, name):
        if name != "hits":
            object.__setattr__(self, "hits", object.__getattribute__(self, "hits") + 1)
        return object.__getattribute__(self, name)
    def value(self):
        return 42
a = Audited()
a.value(); a.value(); a.hits
print(a.hits, a.value(), a.hits)

class Strict:
    __fields = ("a", "b")
    def __setattr__(self, name, value):
        if name not in self._Strict__fields:
            raise AttributeError(f"cannot set {name}")
        super().__setattr__(name, value)
s = Strict()
s.a = 1
try:
    s.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(vars(s), Strict._Strict__fields)
