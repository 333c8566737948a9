# PEP 734 program (expected CPython 3.14 output in the .out beside it).
# What CPython 3.14 carries across by pickle: Interpreter.call of a function
# that reads module globals (unpickled from a "<fake __main__>" rerun of this
# script in the subinterpreter, hence the __main__ guard), of a type such as
# int, and queue items that are instances of a class defined in __main__.
from concurrent import interpreters

FACTOR = 7


def uses_global(x):
    return x * FACTOR


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


if __name__ == "__main__":
    a = interpreters.create()
    for label, call in (("global", lambda: a.call(uses_global, 6)),
                        ("int type", lambda: a.call(int, "12")),
                        ("str type", lambda: a.call(str, 3.5))):
        try:
            print(label, call())
        except Exception as e:
            print(label, "failed:", type(e).__name__)
    q = interpreters.create_queue()
    p = Point(1, 2)
    try:
        q.put(p)
        got = q.get()
        print("instance:", type(got) is Point, got is p, (got.x, got.y))
    except interpreters.NotShareableError:
        print("instance: NotShareableError")
    a.close()
