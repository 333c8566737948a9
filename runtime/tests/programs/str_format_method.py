# str.format
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{2}{1}{0}".format("x", "y", "z"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0} and {who}".format("me", who="you"))
print("{0[1]} {0[0]} {1[k]}".format([10, 20], {"k": "v"}))
print("{{}} {{{0}}} {{x}}".format(5))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:*^10}".format("mid"), "{:08.3f}".format(3.14159), "{:+d}".format(5))
print("{0:x} {0:o} {0:b} {0:#x} {0:,}".format(1234567))
print("{:.2%} {:e} {:g}".format(0.4567, 12345.678, 0.00001234))
print("{0!r} {0!s} {1!r}".format("q", 1.5))
print("{:{w}.{p}f}".format(2.71828, w=10, p=3))
print("{a}-{b}".format(**{"a": 1, "b": 2}), "{}-{}".format(*[7, 8]))
print("{0[0]}{0[1]}{0[2]}".format("xyz"))
print("{:5}|{:5}|".format(12, "ab"))
print("{:,.2f}".format(1234567.891), "{:_}".format(10 ** 8))
print("".format(), "no fields".format(1, 2))
try:
    print("{} {}".format(1))
except IndexError as e:
    print("IndexError:", e)
try:
    print("{x}".format(y=1))
except KeyError as e:
    print("KeyError:", e)
try:
    print("{:d}".format("s"))
except ValueError as e:
    print("ValueError:", e)
try:
    print("{:d}".format(1.5))
except ValueError as e:
    print("ValueError:", e)
