# staticmethod and classmethod: calling via class and instance, alternative constructors, inheritance
class Temperature:
    scale = "C"
    instances = 0

    def __init__(self, degrees):
        self.degrees = degrees
        Temperature.instances += 1

    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))

    @staticmethod
    def is_valid(d):
        return d >= -273.15

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"

    def __repr__(self):
        return f"{type(self).__name__}({self.degrees})"

class Kelvinish(Temperature):
    scale = "K"

t = Temperature.from_fahrenheit(212)
print(t, Temperature.instances)
k = Kelvinish.from_fahrenheit(32)
print(k, type(k).__name__, Temperature.instances)
print(Temperature.is_valid(-300), t.is_valid(0), Kelvinish.is_valid(-1))
print(Temperature.describe(), Kelvinish.describe(), k.describe())

# staticmethod / classmethod created by calling them directly
def helper(x):
    return x * 10
def counter(cls):
    return cls.__name__.upper()
class Tools:
    helper = staticmethod(helper)
    name = classmethod(counter)
print(Tools.helper(4), Tools().helper(5), Tools.name(), Tools().name())
print(type(Tools.__dict__["helper"]).__name__, type(Tools.__dict__["name"]).__name__)
print(Tools.__dict__["helper"].__func__ is helper)

# registry kept by a classmethod
class Plugin:
    registry = []
    @classmethod
    def register(cls, name):
        cls.registry.append((cls.__name__, name))
        return cls
class AudioPlugin(Plugin):
    pass
Plugin.register("core")
AudioPlugin.register("mp3").register("wav")
print(Plugin.registry)

# staticmethod has no implicit first argument
class M:
    @staticmethod
    def add(a, b):
        return a + b
try:
    M().add(1)
except TypeError as e:
    print(type(e).__name__, e)
print(M.add(2, 3), callable(M.add))
