# uncaught TypeError from NotImplemented on both sides for user classes
class Celsius:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Celsius):
            return Celsius(self.v + other.v)
        return NotImplemented

class Fahrenheit:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return NotImplemented

total = Celsius(10) + Celsius(5)
print(total.v)
print("about to mix units")
mixed = Celsius(1) + Fahrenheit(2)
print("not reached", mixed)
