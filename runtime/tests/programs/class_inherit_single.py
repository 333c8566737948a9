# single inheritance: overriding, extending via super(), attribute lookup through the chain
class Animal:
    sound = "..."
    legs = 4

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{type(self).__name__}({self.name}, legs={self.legs})"

class Dog(Animal):
    sound = "woof"

class Bird(Animal):
    sound = "tweet"
    legs = 2

    def __init__(self, name, can_fly=True):
        super().__init__(name)
        self.can_fly = can_fly

    def speak(self):
        base = super().speak()
        return base + (" and flies" if self.can_fly else " and walks")

class Penguin(Bird):
    def __init__(self, name):
        super().__init__(name, can_fly=False)

animals = [Animal("generic"), Dog("rex"), Bird("tweety"), Penguin("pingu")]
for a in animals:
    print(a.speak(), "|", a.describe())
print(isinstance(animals[3], Bird), isinstance(animals[3], Animal), isinstance(animals[1], Bird))
print(issubclass(Penguin, Animal), issubclass(Animal, Penguin), issubclass(Dog, Dog))
print(Penguin.__bases__[0].__name__, Bird.__base__.__name__, Animal.__base__.__name__)
print([c.__name__ for c in Penguin.__mro__])
print(Penguin.legs, Penguin.sound, "speak" in Penguin.__dict__, "speak" in Bird.__dict__)

# overriding a method that is called from a base method (template method)
class Report:
    def render(self):
        return f"[{self.header()}] {self.body()}"
    def header(self):
        return "REPORT"
    def body(self):
        return "empty"
class Sales(Report):
    def body(self):
        return "sales up"
class Urgent(Sales):
    def header(self):
        return "URGENT " + super().header()
for r in (Report(), Sales(), Urgent()):
    print(r.render())

# subclass without __init__ inherits the parent's signature
try:
    Dog()
except TypeError as e:
    print(type(e).__name__, e)
