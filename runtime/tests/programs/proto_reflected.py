# reflected operators (__radd__ etc.), sum() with a start of 0, subclass priority
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("  __radd__ with", repr(other))
        return self.__add__(other)
    def __sub__(self, other):
        if isinstance(other, int):
            return Money(self.cents - other)
        return NotImplemented
    def __rsub__(self, other):
        return Money(other - self.cents)
    def __mul__(self, k):
        return Money(self.cents * k) if isinstance(k, int) else NotImplemented
    __rmul__ = __mul__
    def __rtruediv__(self, other):
        return f"{other} / {self.cents}"
    def __rfloordiv__(self, other):
        return other // self.cents
    def __rmod__(self, other):
        return other % self.cents
    def __rpow__(self, other):
        return other ** self.cents
    def __rlshift__(self, other):
        return f"{other} << money"
    def __rand__(self, other):
        return "rand"
    def __rmatmul__(self, other):
        return "rmatmul"

m = Money(150)
print(m + 50, 50 + m, m + m)
print(100 - m, m - 30, 3 * m, m * 3)
print(10 / m, 1000 // m, 1000 % m, 2 ** Money(10), 1 << m, 5 & m, [1] @ m)
print(sum([Money(1), Money(2), Money(3)]))
print(sum([Money(5)], Money(10)))

# when the right operand is a subclass overriding the reflected method, it goes first
class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__"
print(Base() + Base(), Base() + Derived(), Derived() + Base())

# reflected ops with builtins on the left
class Tag:
    def __radd__(self, other):
        return f"<{other}>"
print("text" + Tag(), [1, 2] + Tag(), 3.5 + Tag(), (1,) + Tag())
