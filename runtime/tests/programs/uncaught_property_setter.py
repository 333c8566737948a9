# uncaught AttributeError when assigning to a read-only property
class Square:
    def __init__(self, side):
        self.side = side
    @property
    def area(self):
        return self.side ** 2
    @area.setter
    def area(self, value):
        self.side = value ** 0.5
sq = Square(3)
sq.area = 16
print(sq.side, sq.area)
class Circle:
    def __init__(self, r):
        self._r = r

    @property
    def radius(self):
        return self._r

    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 3)

c = Circle(2)
print(c.radius, c.area)
c._r = 3
print(c.radius, c.area)
c.area = 10
print("not reached")
