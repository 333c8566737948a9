# decorator factories that validate arguments or retry: closures and classes taking arguments
# argument validation decorator
def check_types(*types):
    def deco(fn):
        def wrapper(*args):
            for i, (a, t) in enumerate(zip(args, types)):
                if not isinstance(a, t):
                    raise TypeError(f"{fn.__name__} arg {i} must be {t.__name__}, got {type(a).__name__}")
            return fn(*args)
        return wrapper
    return deco

@check_types(int, str)
def label(n, s):
    return f"{s}#{n}"
print(label(3, "item"))
try:
    label("3", "item")
except TypeError as e:
    print(type(e).__name__, e)


@check_types(str, int)
def describe(name, value):
    return f"{name}={value}"
print(describe("n", 2), describe("big", 10 ** 20))
for args in [(1, 2), ("x", "y")]:
    try:
        describe(*args)
    except TypeError as e:
        print(type(e).__name__, e)

# a class with arguments as decorator
class Retry:
    def __init__(self, times):
        self.times = times
    def __call__(self, fn):
        def wrapper(*args):
            for attempt in range(1, self.times + 1):
                try:
                    return fn(attempt, *args)
                except ValueError as e:
                    print("  attempt", attempt, "failed:", e)
            return "gave up"
        return wrapper
@Retry(3)
def flaky(attempt, need):
    if attempt < need:
        raise ValueError(f"need {need}")
    return f"ok on {attempt}"
print(flaky(2))
print(flaky(5))

# a retry decorator instance can be reused for several functions
retry2 = Retry(2)
@retry2
def always_fails(attempt):
    raise ValueError(f"fail #{attempt}")
@retry2
def first_try(attempt):
    return f"fine at {attempt}"
print(always_fails(), first_try(), retry2.times)
