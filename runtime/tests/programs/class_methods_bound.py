# methods: bound methods, calling via the class, __self__/__func__, methods stored elsewhere
class Greeter:
    greeting = "Hello"

    def __init__(self, name):
        self.name = name

    def greet(self, punct="!"):
        return f"{self.greeting}, {self.name}{punct}"

    def rename(self, new):
        self.name = new
        return self

g = Greeter("Ann")
m = g.greet
print(m())
print(m("?"))
print(Greeter.greet(g, "."))
print(m.__self__ is g, m.__func__ is Greeter.greet)
print(m.__name__, Greeter.greet.__name__, Greeter.greet.__qualname__)
g.rename("Bob")
print(m())                      # bound method sees the new state
print(g.rename("Cy").rename("Di").greet())
methods = [g.greet, Greeter("Ed").greet]
print([f() for f in methods])
print(g.greet == g.greet, g.greet is g.greet)
print(type(m).__name__, type(Greeter.greet).__name__)

# a plain function stored on an instance is not bound
def shout(x):
    return str(x).upper()
g.shout = shout
print(g.shout("hey"))
# a function attached to the class later becomes a method
def whisper(self):
    return self.name.lower()
Greeter.whisper = whisper
print(g.whisper())
# lambdas as class attributes are methods too
class Box:
    size = 3
    area = lambda self: self.size * self.size
print(Box().area())
# methods referencing other methods
class Calc:
    def double(self, x):
        return x * 2
    def quad(self, x):
        return self.double(self.double(x))
c = Calc()
print(c.quad(5), list(map(c.double, [1, 2, 3])))
# calling a method via the class without an instance
try:
    Greeter.greet()
except TypeError as e:
    print(type(e).__name__, e)
