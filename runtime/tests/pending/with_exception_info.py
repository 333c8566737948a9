# what __exit__ receives: type, value, traceback; exceptions in __enter__ and __exit__
class Inspect:
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(self.label, "type:", et.__name__ if et else None)
        print(self.label, "value:", repr(ev))
        print(self.label, "same as isinstance:", isinstance(ev, et) if et else None)
        print(self.label, "tb present:", tb is not None)
        return True

with Inspect("ok"):
    pass
with Inspect("err"):
    raise ValueError("bad", 42)
with Inspect("custom"):
    class Custom(Exception):
        def __str__(self):
            return "custom text"
    raise Custom()
with Inspect("chain"):
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise LookupError("wrapped") from z

class EnterFails:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("__exit__ is not called")
try:
    with EnterFails():
        print("body skipped")
except OSError as e:
    print("OSError", e)

class ExitFails:
    def __enter__(self):
        return "value"
    def __exit__(self, et, ev, tb):
        raise RuntimeError(f"exit failed while handling {et.__name__ if et else None}")
for raise_in_body in (False, True):
    try:
        with ExitFails() as v:
            if raise_in_body:
                raise KeyError("body")
    except RuntimeError as e:
        ctx = e.__context__
        print(e, "| context:", repr(ctx))

# __exit__ can inspect the exception and decide
class Retry:
    def __init__(self):
        self.attempts = 0
    def __enter__(self):
        self.attempts += 1
        return self
    def __exit__(self, et, ev, tb):
        return et is ConnectionError and self.attempts < 3
r = Retry()
for _ in range(5):
    try:
        with r:
            raise ConnectionError(f"attempt {r.attempts}")
    except ConnectionError as e:
        print("gave up:", e)
        break
print("attempts", r.attempts)
# exception variable from `as` in except is cleared, with target is not
with Inspect("scope") as ins:
    pass
print(ins.label)
