# ValueError and friends
def show(fn):
    try:
        r = fn()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: int("abc"))
show(lambda: int("12.5"))
show(lambda: int(""))
show(lambda: int("  "))
show(lambda: int("0x1G", 16))
show(lambda: int("9", 8))
show(lambda: float("x"))
show(lambda: float("1,5"))
show(lambda: float(""))
show(lambda: [].index(0))
show(lambda: "".index("a"))
show(lambda: "a,b".split(""))
show(lambda: chr(-5))
show(lambda: chr(0x110000))
show(lambda: range(0, 5, 0))
show(lambda: max([]))
show(lambda: min(()))
show(lambda: "{} {}".format(1))
show(lambda: "{:q}".format(1))
show(lambda: format(1.5, "d"))
show(lambda: format("s", ">>5"))
show(lambda: pow(2, -1, 4))
show(lambda: round(float("nan")))
show(lambda: int(float("nan")))
def unpack2():
    a, b = (1, 2, 3)
show(unpack2)
def unpack3():
    a, b, c = "ab"
show(unpack3)
def unpack_star():
    a, *b, c = [1]
show(unpack_star)
import math
show(lambda: math.sqrt(-1))
show(lambda: math.log(0))
show(lambda: math.isqrt(-4))
