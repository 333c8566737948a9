# PEP 734 program (expected CPython 3.14 output in the .out beside it).
# Objects that are not shareable cross by pickle: instances of classes of
# the main script (found in the other interpreter by running the script
# there as '<fake __main__>'), containers holding them, exceptions; results
# come back the same way; what pickle refuses is NotShareableError.
from concurrent import interpreters
import threading


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def scale(p, k):
    return Point(p.x * k, p.y * k)


def describe(items):
    return [type(i).__name__ for i in items]


def make_error():
    return ValueError("made in a subinterpreter", 7)


def total(points, *, start=0):
    return start + sum(p.x + p.y for p in points)


if __name__ == "__main__":
    interp = interpreters.create()
    r = interp.call(scale, Point(1, 2), 10)
    print("scaled:", r, type(r) is Point)
    print("describe:", interp.call(describe, [Point(0, 0), {"k": Point(1, 1)}, (3, "x")]))
    e = interp.call(make_error)
    print("error:", type(e).__name__, e.args)
    print("kwargs:", interp.call(total, [Point(1, 2), Point(3, 4)], start=Point(0, 0).x + 100))
    q = interpreters.create_queue()
    q.put([Point(5, 6), Point(7, 8)])
    got = q.get()
    print("queue:", got, all(type(p) is Point for p in got))
    shared = Point(9, 9)
    q.put({"a": shared, "b": shared})
    d = q.get()
    print("identity kept inside one item:", d["a"] is d["b"], d["a"] is shared)
    for bad in (threading.Lock(), lambda: 1):
        try:
            q.put(bad)
        except interpreters.NotShareableError:
            print("not shareable:", type(bad).__name__)
    interp.close()
