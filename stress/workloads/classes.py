# Classes: inheritance, properties, special methods, super().
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Named(Vec):
    __slots__ = ("name",)

    def __init__(self, name, x, y):
        super().__init__(x, y)
        self.name = name

    def __repr__(self):
        return f"{self.name}({self.x}, {self.y})"


def main():
    v = Vec(0, 0)
    for i in range(3000):
        v = v + Vec(i % 7 - 3, i % 5 - 2) * 2
    n = Named("p", v.x, v.y)
    print(repr(n), n.norm1)


if __name__ == "__main__":
    main()
