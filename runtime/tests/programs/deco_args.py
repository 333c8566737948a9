# decorators with arguments (decorator factories), optional-argument decorators
def repeat(times):
    def decorator(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorator

@repeat(3)
def hello(name):
    return f"hi {name}"
print(hello("x"))

def prefix(text, sep=": "):
    def deco(fn):
        def wrapper(*a, **k):
            return text + sep + fn(*a, **k)
        return wrapper
    return deco

@prefix("INFO")
def msg(s):
    return s
@prefix("WARN", sep=" >> ")
def warn(s):
    return s.upper()
print(msg("started"), "|", warn("careful"))

# a decorator usable both with and without arguments
def tag(fn=None, *, name="b"):
    def deco(f):
        def wrapper(*a):
            return f"<{name}>{f(*a)}</{name}>"
        return wrapper
    if fn is not None:
        return deco(fn)
    return deco

@tag
def bold(s): return s
@tag(name="i")
def italic(s): return s
@tag()
def default(s): return s
print(bold("x"), italic("y"), default("z"))

# the factory runs once per decoration; state is per decorated function
def counter(start):
    def deco(fn):
        state = {"n": start}
        def wrapper():
            state["n"] += 1
            return fn(state["n"])
        return wrapper
    return deco
@counter(10)
def a(n): return f"a{n}"
@counter(100)
def b(n): return f"b{n}"
print(a(), a(), b(), a(), b())
