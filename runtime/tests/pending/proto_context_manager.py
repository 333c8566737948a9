# __enter__/__exit__: return value of __enter__, exception info, suppression, nesting order
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        print(f"exit {self.name}: {kind} {exc!r} tb={'set' if tb else None}")
        return self.suppress

with Resource("a") as val:
    print("body", val)

with Resource("b", suppress=True):
    raise ValueError("swallowed")
print("after b")

try:
    with Resource("c"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))

with Resource("outer", suppress=True):
    with Resource("inner"):
        1 / 0
    print("not reached")
print("after nested")

# __enter__ returning self, state used after the block
class Timer:
    def __init__(self):
        self.events = []
    def __enter__(self):
        self.events.append("start")
        return self
    def __exit__(self, *exc):
        self.events.append("stop")
        return False
with Timer() as t:
    t.events.append("work")
print(t.events)

# return/break/continue inside with still run __exit__
def early():
    with Resource("ret"):
        return "returned"
print(early())
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done", i)

# objects missing the protocol
class NoExit:
    def __enter__(self):
        return 1
for obj in (NoExit(), 5):
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
