# default arguments and keyword arguments
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
print(greet("Ed", "Hey", "."))
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=0, base=9), power(2, exp=10))
N = 5
def uses_default(x=N):
    return x
N = 100
print(uses_default(), uses_default(1))
def info(a, b=None, c=[1]):
    return (a, b, c)
print(info(1), info(1, 2), info(1, c=3))
def f(a, b, c=3, d=4):
    return a + b * 10 + c * 100 + d * 1000
print(f(1, 2), f(1, 2, 5), f(1, 2, d=0), f(d=1, c=1, b=1, a=1))
print(f(*[1, 2]), f(*(1, 2, 3, 4)), f(**{"a": 1, "b": 2}), f(1, *[2], **{"d": 9}))
def noargs():
    return "no args"
print(noargs())
print(sorted([3, 1, 2], reverse=True), "x".join(["a", "b"]))
print(int("ff", base=16), max([1, 5, 3], key=lambda v: -v), print("kw", end="|\n"))
