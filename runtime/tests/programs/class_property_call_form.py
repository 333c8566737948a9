# property(fget, fset, fdel, doc) call form, and getter/setter/deleter copies
class Celsius:
    def __init__(self):
        self._t = 0
        self.log = []

    def get_t(self):
        self.log.append("get")
        return self._t

    def set_t(self, v):
        self.log.append(f"set {v}")
        self._t = v

    def del_t(self):
        self.log.append("del")
        self._t = None

    temperature = property(get_t, set_t, del_t, "temperature in C")
    readonly = property(get_t)
    writeonly = property(None, set_t)

c = Celsius()
c.temperature = 21
print(c.temperature)
del c.temperature
print(c.temperature)
print(c.log)
print(Celsius.temperature.__doc__)
print(Celsius.temperature.fget is Celsius.get_t, Celsius.temperature.fset is Celsius.set_t)
print(Celsius.readonly.fset, Celsius.writeonly.fget)
c.writeonly = 5
print(c.readonly)
for action in ("set", "get", "del"):
    try:
        if action == "set":
            c.readonly = 1
        elif action == "get":
            c.writeonly
        else:
            del c.readonly
    except AttributeError as e:
        print(action, type(e).__name__, e)

# building up a property step by step
def g(self):
    return self._v * 2
def s(self, v):
    self._v = v
p1 = property(g)
p2 = p1.setter(s)
print(p1 is p2, p1.fset, p2.fset is s)
class Doubler:
    value = p2
    def __init__(self):
        self._v = 1
d = Doubler()
d.value = 7
print(d.value)
# docstring taken from the getter when not given
def documented(self):
    "from the getter"
    return 1
print(property(documented).__doc__)
