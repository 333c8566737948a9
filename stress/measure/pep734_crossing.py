"""Measures what a PEP 734 program pays to cross interpreters (issue 16):
the first call of a main-script function in a fresh interpreter (which
runs this script there once), later calls, an instance round trip by
pickle, and a queue round trip. Prints medians in microseconds.

Run: coral stress/measure/pep734_crossing.py   (CPython 3.14 runs it too)
"""
import sys
import time
from concurrent import interpreters

ROUNDS = 200
SCALE = 3


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def scaled(p):
    return Point(p.x * SCALE, p.y * SCALE)


def add(a, b):
    return a + b + SCALE


def echo(q_in, q_out, n):
    for _ in range(n):
        q_out.put(q_in.get())


def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]


def us(seconds):
    return f"{seconds * 1e6:9.1f} us"


if __name__ == "__main__":
    first, create = [], []
    for _ in range(20):
        t0 = time.perf_counter()
        interp = interpreters.create()
        t1 = time.perf_counter()
        interp.call(add, 1, 2)
        t2 = time.perf_counter()
        create.append(t1 - t0)
        first.append(t2 - t1)
        interp.close()
    interp = interpreters.create()
    interp.call(add, 1, 2)
    later = []
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        interp.call(add, 1, 2)
        later.append(time.perf_counter() - t0)
    pickled = []
    p = Point(1, 2)
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        r = interp.call(scaled, p)
        pickled.append(time.perf_counter() - t0)
    assert (r.x, r.y) == (3, 6) and type(r) is Point
    q_in, q_out = interpreters.create_queue(), interpreters.create_queue()
    t = interp.call_in_thread(echo, q_in, q_out, ROUNDS)
    trips = []
    for i in range(ROUNDS):
        t0 = time.perf_counter()
        q_in.put(i)
        q_out.get()
        trips.append(time.perf_counter() - t0)
    t.join()
    interp.close()
    impl = getattr(sys.implementation, "name", "?")
    print(f"{impl}: create                               {us(median(create))}")
    print(f"{impl}: first call of a main-script function  {us(median(first))}")
    print(f"{impl}: later call (ints)                     {us(median(later))}")
    print(f"{impl}: call with an instance, both ways      {us(median(pickled))}")
    print(f"{impl}: queue round trip                      {us(median(trips))}")
