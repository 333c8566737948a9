# TypeError / AttributeError messages
def show(fn):
    try:
        r = fn()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)
x = 5
n = None
s = "str"
show(lambda: x[0])
show(lambda: x())
show(lambda: n())
show(lambda: n[0])
show(lambda: s())
lst1 = [1]
show(lambda: lst1())
show(lambda: len(x))
show(lambda: len(n))
show(lambda: x.foo)
show(lambda: n.foo)
show(lambda: s.foo)
show(lambda: [].foo)
show(lambda: {}.foo)
show(lambda: (1).append(1))
show(lambda: 1 < "a")
show(lambda: [1] < (1,))
show(lambda: None > None)
show(lambda: {} < {})
show(lambda: 1.5 >= "a")
show(lambda: iter(5))
show(lambda: list(5))
show(lambda: sorted(None))
show(lambda: "".join([1]))
show(lambda: "%d" % "x")
show(lambda: chr("a"))
show(lambda: ord(1))
show(lambda: int([]))
show(lambda: float({}))
show(lambda: abs(None))
show(lambda: hash([]))
show(lambda: [].append())
show(lambda: [].append(1, 2))
show(lambda: len())
show(lambda: len([], []))
show(lambda: "a" in 5)
show(lambda: 5 in None)
show(lambda: range("a"))
show(lambda: [1] * 1.5)
def setitem_str():
    t = "abc"
    t[0] = "x"
show(setitem_str)
def setitem_tuple():
    t = (1,)
    t[0] = 2
show(setitem_tuple)
