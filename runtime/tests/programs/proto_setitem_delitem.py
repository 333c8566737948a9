# __setitem__ and __delitem__: a sparse grid, slices passed to the dunders, errors
class Grid:
    def __init__(self, w, h, fill="."):
        self.w, self.h, self.fill = w, h, fill
        self.cells = {}
    def _check(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise KeyError(key)
    def __getitem__(self, key):
        self._check(key)
        return self.cells.get(key, self.fill)
    def __setitem__(self, key, value):
        self._check(key)
        self.cells[key] = value
    def __delitem__(self, key):
        self._check(key)
        del self.cells[key]
    def __str__(self):
        return "\n".join("".join(self[x, y] for x in range(self.w)) for y in range(self.h))

g = Grid(4, 3)
g[0, 0] = "#"
g[3, 2] = "@"
g[1, 1] = "x"
print(g)
del g[1, 1]
print(g)
print(sorted(g.cells))
for bad in ((9, 9), (1, 1)):
    try:
        del g[bad]
    except KeyError as e:
        print("KeyError", e)

class Recorder:
    def __init__(self):
        self.log = []
    def __setitem__(self, k, v):
        self.log.append(("set", k, v))
    def __delitem__(self, k):
        self.log.append(("del", k))
r = Recorder()
r[1] = "a"
r[1:3] = [9]
r[::2] = "z"
r["k", 2] = None
del r[0]
del r[:]
r.x = 1
for entry in r.log:
    print(entry)
# augmented subscript assignment uses __getitem__ then __setitem__
class Counts:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        print("  get", k)
        return self.d.get(k, 0)
    def __setitem__(self, k, v):
        print("  set", k, v)
        self.d[k] = v
c = Counts()
c["a"] += 5
c["a"] *= 2
print(c.d)
class Readonly:
    def __getitem__(self, k):
        return k
def setit(obj):
    obj[0] = 1
def delit(obj):
    del obj[0]
for fn, obj in [(setit, Readonly()), (delit, Readonly()), (setit, (1, 2))]:
    try:
        fn(obj)
    except TypeError as e:
        print(fn.__name__, type(e).__name__, e)
