# user exception classes: args, custom __init__ and __str__, hierarchy in except clauses
class AppError(Exception):
    pass

class ConfigError(AppError):
    def __init__(self, key, reason="missing"):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason

    def __str__(self):
        return f"config key {self.key!r} is {self.reason}"

class RetryError(AppError):
    def __init__(self, attempts):
        self.attempts = attempts     # no super().__init__ call

class Quiet(AppError):
    def __str__(self):
        return "quiet!"

e = AppError("plain", 2)
print(e.args, str(e), repr(e))
c = ConfigError("port")
print(c.args, str(c), repr(c), c.key, c.reason)
r = RetryError(3)
print(r.args, repr(str(r)), repr(r), r.attempts)
q = Quiet("ignored")
print(str(q), repr(q), q.args)

def risky(n):
    if n == 0:
        raise ConfigError("host", "invalid")
    if n == 1:
        raise RetryError(5)
    if n == 2:
        raise Quiet()
    if n == 3:
        raise AppError
    return "fine"

for n in range(5):
    try:
        print(risky(n))
    except ConfigError as err:
        print("config:", err, err.key)
    except RetryError as err:
        print("retry:", err.attempts, isinstance(err, AppError))
    except AppError as err:
        print("app:", type(err).__name__, repr(str(err)), err.args)

print(issubclass(ConfigError, Exception), ConfigError.__mro__[1].__name__)
print([k.__name__ for k in Quiet.__mro__])
try:
    raise ConfigError(key="timeout")
except Exception as err:
    print(f"{err}", f"{err!r}", "%s" % err)
class WithAttrs(ValueError):
    code = 400
try:
    raise WithAttrs("bad request")
except ValueError as err:
    print(err.code, err, type(err).__name__)
