# class bodies: scope rules, classes in functions, closures over class creation
x = "global"
class A:
    x = "class A"
    y = x + " derived"               # class body sees its own names
    def get_x(self):
        return x                     # methods do NOT see class-body names
    items = [i * 2 for i in range(3)]
    def get_cls_x(self):
        return A.x, type(self).x, self.x

a = A()
print(A.y, a.get_x(), a.get_cls_x(), A.items)

def make_class(prefix, n):
    class Made:
        label = prefix
        def show(self):
            return f"{self.label}-{n}"     # closure over function locals
    return Made

C1 = make_class("one", 1)
C2 = make_class("two", 2)
print(C1().show(), C2().show(), C1 is C2, C1.__name__ == C2.__name__)

# a class body runs once, top to bottom
log = []
class Ordered:
    log.append("start")
    a = 1
    log.append("middle")
    def m(self): return 1
    log.append("end")
print(log)
print([k for k in Ordered.__dict__ if not k.startswith("__")])

# classes can be redefined; old instances keep the old class
class V:
    def ver(self): return 1
old = V()
class V:
    def ver(self): return 2
print(old.ver(), V().ver(), type(old) is V)

# conditional class definitions
for flag in (True, False):
    if flag:
        class Picked:
            which = "first"
    else:
        class Picked:
            which = "second"
    print(Picked.which)

# class attribute referencing earlier ones and a nested function call
class Consts:
    BASE = 10
    DOUBLE = BASE * 2
    NAMES = tuple(str(i) for i in range(3))
    def compute(BASE=BASE):
        return BASE + 1
    VALUE = compute()
print(Consts.DOUBLE, Consts.NAMES, Consts.VALUE)
