# class vs instance attributes: lookup order, shadowing, shared mutable class attrs
class Counter:
    count = 0
    tags = []
    kind = "base"

    def __init__(self, name):
        self.name = name
        Counter.count += 1

a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count)
a.count = 100          # shadows the class attribute on a only
print(Counter.count, a.count, b.count)
del a.count            # the class attribute becomes visible again
print(a.count)
a.tags.append("x")     # shared mutable class attribute
print(b.tags, Counter.tags)
b.tags = ["own"]
print(a.tags, b.tags, Counter.tags)
Counter.kind = "changed"
print(a.kind, b.kind)
Counter.extra = 42     # attribute added to the class later
print(a.extra, hasattr(b, "extra"))
print(sorted(a.__dict__), sorted(b.__dict__))
print("count" in Counter.__dict__, "name" in Counter.__dict__)
a.name += "!"
print(a.name, b.name)

class Point:
    x = 0
    y = 0
p = Point()
print(p.x, p.y, p.__dict__)
p.x = 3
print(p.x, Point.x, p.__dict__)
Point.y = 9
print(p.y)
q = Point()
q.__dict__["y"] = 5    # writing __dict__ directly
print(q.y, Point.y)
print(getattr(p, "z", "missing"))
setattr(p, "z", 7)
print(p.z, p.__dict__)
delattr(p, "z")
print(hasattr(p, "z"))
