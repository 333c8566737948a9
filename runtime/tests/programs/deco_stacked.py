# stacked decorators: application order (bottom-up) and call order (top-down)
log = []

def trace(label):
    def deco(fn):
        log.append(f"decorating {fn.__name__} with {label}")
        def wrapper(*args):
            log.append(f"{label} before")
            result = fn(*args)
            log.append(f"{label} after")
            return f"{label}({result})"
        wrapper.__name__ = f"{label}_{fn.__name__}"
        return wrapper
    return deco

@trace("outer")
@trace("middle")
@trace("inner")
def compute(x):
    log.append("compute")
    return x * 2

print(compute.__name__)
print(compute(5))
for line in log:
    print(" ", line)

# equivalent manual composition
def base(x):
    return x + 1
manual = trace("A")(trace("B")(base))
print(manual(1))

def double_result(fn):
    return lambda *a: fn(*a) * 2
def add_one(fn):
    return lambda *a: fn(*a) + 1
@double_result
@add_one
def f1(x): return x
@add_one
@double_result
def f2(x): return x
print(f1(10), f2(10))

# stacking with staticmethod/classmethod/property
def loud(fn):
    def wrapper(*a):
        return fn(*a).upper()
    return wrapper
class Thing:
    name = "thing"
    @staticmethod
    @loud
    def static_hi(who):
        return f"hi {who}"
    @classmethod
    @loud
    def cls_hi(cls):
        return f"hi from {cls.__name__}"
    @property
    @loud
    def prop(self):
        return f"prop of {self.name}"
print(Thing.static_hi("you"), Thing.cls_hi(), Thing().prop)
# the same decorator applied twice
@add_one
@add_one
@add_one
def zero(): return 0
print(zero())
