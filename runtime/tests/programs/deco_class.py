# decorators applied to classes: registration, adding methods, wrapping, returning replacements
registry = {}
def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls

@register
class Circle:
    def __init__(self, r): self.r = r
    def area(self): return round(3.14159 * self.r ** 2, 2)

@register
class Square:
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2

print(sorted(registry))
for name, arg in [("circle", 2), ("square", 3)]:
    print(name, registry[name](arg).area())

def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

@add_repr
class Person:
    def __init__(self, name, age):
        self.name, self.age = name, age
print(Person("Ann", 30), [Person("Bo", 5)])

def with_defaults(**defaults):
    def deco(cls):
        for k, v in defaults.items():
            setattr(cls, k, v)
        return cls
    return deco

@with_defaults(color="red", size=3)
@add_repr
class Widget:
    pass
w = Widget()
print(w.color, w.size, Widget.__name__, w)

def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get

@singleton
class Config:
    def __init__(self, env):
        self.env = env
a = Config("prod")
b = Config("dev")
print(a is b, a.env, type(Config).__name__)

def count_instances(cls):
    orig_init = cls.__init__
    cls.created = 0
    def __init__(self, *args, **kw):
        cls.created += 1
        orig_init(self, *args, **kw)
    cls.__init__ = __init__
    return cls
@count_instances
class Node:
    def __init__(self, v):
        self.v = v
nodes = [Node(i) for i in range(4)]
print(Node.created, nodes[-1].v)
SubNode = type("SubNode", (Node,), {})
SubNode(9)
print(Node.created, "created" in SubNode.__dict__)
