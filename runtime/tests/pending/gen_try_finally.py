# try/finally and try/except inside generators; cleanup on exhaustion, close, and break
def resource(name, n):
    print(f"  open {name}")
    try:
        for i in range(n):
            yield f"{name}{i}"
    finally:
        print(f"  close {name}")

print(list(resource("a", 2)))
for item in resource("b", 5):
    print(item)
    if item == "b1":
        break
print("after break")

g = resource("c", 3)
print(next(g))
g.close()
print("after close")

h = resource("d", 3)
print(next(h))
del h          # refcount drops: finally runs now
print("after del")

def guarded(items):
    for x in items:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield "div0"
        finally:
            print("  finally for", x)
print(list(guarded([5, 0, 2])))

# yield inside finally
def final_yield():
    try:
        yield 1
    finally:
        yield "from finally"
print(list(final_yield()))

# exception inside generator runs finally before propagating
def failing():
    try:
        yield 1
        raise ValueError("inside")
    finally:
        print("  cleanup before propagation")
try:
    for v in failing():
        print("got", v)
except ValueError as e:
    print("caught", e)

# return inside try with finally
def ret_in_try():
    try:
        yield "x"
        return "ret"
    finally:
        print("  finally runs on return")
gen = ret_in_try()
next(gen)
try:
    next(gen)
except StopIteration as e:
    print("value", e.value)
