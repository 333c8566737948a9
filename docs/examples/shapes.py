# docs/examples/shapes.py
from collections import Counter
import random


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}({self.area():.2f})"

    def __lt__(self, other):
        return self.area() < other.area()


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side ** 2


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


random.seed(7)
shapes = [random.choice([Square, Circle])(random.randint(1, 5)) for _ in range(6)]
print(sorted(shapes))
print(Counter(s.name for s in shapes).most_common())
