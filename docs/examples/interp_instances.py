from concurrent import interpreters


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def scaled(p, k):
    return Point(p.x * k, p.y * k)     # made from the script's own class


if __name__ == "__main__":
    interp = interpreters.create()
    r = interp.call(scaled, Point(1, 2), 10)   # a pickled Point each way
    print(r, type(r) is Point)                 # Point(10, 20) True
    q = interpreters.create_queue()
    q.put({"corner": Point(0, 0)})
    print(q.get())                             # {'corner': Point(0, 0)}
    try:
        q.put(lambda: 1)
    except interpreters.NotShareableError as e:
        print("refused:", e)
