# Executors depend on what their loops assumed: rebinding a global the
# loop reads, or setting an attribute of a class it reads, invalidates
# them; the loop runs on in tier 1 and is optimized again later. Results
# are the same as CPython's throughout. Under python3 (no _coral) only the
# printed results are compared.
try:
    import _coral
except ImportError:
    _coral = None

ON = _coral is not None and _coral.optimizer() != "none"
if _coral is not None:
    _coral.set_hot_threshold(8)

SCALE = 3


class Shape:
    sides = 4


def scaled(n):
    s = 0
    for i in range(n):
        s += i * SCALE
    return s


def perimeter(n):
    t = 0
    for i in range(n):
        t += Shape.sides
    return t


def local_only(n):
    t = 0
    for i in range(n):
        t += i & 7
    return t


def state():
    if not ON:
        return "-"
    return (bool(_coral.executors(scaled)), bool(_coral.executors(perimeter)),
            bool(_coral.executors(local_only)))


def invalidated():
    return _coral.stats()["executors_invalidated"] if ON else 0


print(scaled(500), perimeter(500), local_only(500))
if ON:
    assert state() == (True, True, True), state()

# Rebinding a global the loop reads: its executor goes, the others stay.
before = invalidated()
SCALE = 5
if ON:
    assert state() == (False, True, True), state()
    assert invalidated() > before
# Still hot: after a short backoff, a new executor, with the new value.
print(scaled(500))
for _ in range(40):
    r = scaled(200)
print(r)
if ON:
    assert state() == (True, True, True), "re-optimized after the backoff"

# A class attribute the loop reads.
Shape.sides = 6
if ON:
    assert state() == (True, False, True), state()
print(perimeter(500))
for _ in range(40):
    r = perimeter(100)
print(r)
if ON:
    assert state()[1], "re-optimized after the class changed"

# Writes through other paths reach the executors too.
globals()["SCALE"] = 7
if ON:
    assert not state()[0]
print(scaled(300))
for _ in range(40):
    scaled(100)
del Shape.sides
if ON:
    assert not state()[1]
try:
    perimeter(10)
except AttributeError as e:
    print("AttributeError:", e)
Shape.sides = 8
print(perimeter(300))
# An unrelated global and an unrelated class leave executors alone.
for _ in range(40):
    perimeter(100)
    scaled(100)
UNRELATED = 1


class Other:
    pass


Other.x = 1
if ON:
    assert state() == (True, True, True), state()
print(scaled(10), perimeter(10), local_only(10))
