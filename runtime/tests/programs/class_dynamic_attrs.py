# getattr/setattr/delattr/hasattr on instances and classes; attributes added at runtime
class Config:
    defaults = {"debug": False, "level": 1}
    def __init__(self, **kw):
        for k, v in self.defaults.items():
            setattr(self, k, v)
        for k, v in kw.items():
            setattr(self, k, v)

c = Config(level=3, name="prod")
print(c.debug, c.level, c.name)
print(sorted(vars(c).items()))
for key in ("debug", "level", "name", "color"):
    print(key, hasattr(c, key), getattr(c, key, "<none>"))
delattr(c, "name")
print(hasattr(c, "name"))
setattr(Config, "version", "1.0")
print(c.version, Config.version, getattr(Config, "version"))
# attribute names that are not identifiers
setattr(c, "has space", 1)
setattr(c, "123", 2)
print(getattr(c, "has space"), getattr(c, "123"), sorted(vars(c)))
# method lookup by name
class Ops:
    def op_add(self, a, b): return a + b
    def op_mul(self, a, b): return a * b
    def run(self, name, *args):
        fn = getattr(self, "op_" + name, None)
        if fn is None:
            return f"unknown op {name}"
        return fn(*args)
o = Ops()
print(o.run("add", 2, 3), o.run("mul", 4, 5), o.run("div", 1, 2))
# counting instances with a class attribute via type(self)
class Node:
    created = 0
    def __init__(self):
        type(self).created += 1
class Leaf(Node):
    pass
Node(); Node(); Leaf()
print(Node.created, Leaf.created, "created" in Leaf.__dict__)
# vars() on a class and errors
print(sorted(k for k in vars(Ops) if k.startswith("op_")))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(c, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, None)
except TypeError as e:
    print(type(e).__name__, e)
