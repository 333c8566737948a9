# generator.send: coroutines that accumulate values, priming, send after exhaustion
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)

a = averager()
print(next(a))
print(a.send(10))
print(a.send(20))
print(a.send(60))
try:
    a.send(None)
except StopIteration as e:
    print("finished", e.value)

def echo():
    received = []
    while True:
        x = yield len(received)
        received.append(x)
        if x == "stop":
            return received

e = echo()
print(e.send(None))
for word in ["a", "b", "stop"]:
    try:
        print(e.send(word))
    except StopIteration as s:
        print("returned", s.value)
try:
    e.send("more")
except StopIteration as s:
    print("exhausted", s.value, s.args)

g = averager()
try:
    g.send(5)
except TypeError as err:
    print(type(err).__name__, err)

# send passes through yield from
def inner():
    got = []
    for _ in range(3):
        got.append((yield len(got)))
    return got
def outer():
    r = yield from inner()
    yield f"inner returned {r}"
o = outer()
print(next(o), o.send("x"), o.send("y"), o.send("z"))

# a running-total coroutine driven by a loop
def running():
    total = 0
    while True:
        total += yield total
r = running()
next(r)
print([r.send(v) for v in [5, 10, -3, 8]])
# next() is equivalent to send(None)
def show():
    while True:
        v = yield
        print("  got", v)
s = show()
next(s); s.send(1); next(s); s.send("two")
