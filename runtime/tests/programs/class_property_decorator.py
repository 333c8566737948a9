# property via decorators: getter, setter with validation, deleter, read-only errors
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = 0
        self.balance = balance

    @property
    def balance(self):
        """The current balance."""
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError(f"negative balance: {value}")
        self._balance = value

    @balance.deleter
    def balance(self):
        print("deleting balance of", self.owner)
        self._balance = 0

    @property
    def summary(self):
        return f"{self.owner}: {self.balance}"

a = Account("ann", 50)
print(a.balance, a.summary)
a.balance += 25
print(a.balance)
try:
    a.balance = -5
except ValueError as e:
    print(type(e).__name__, e)
print(a.balance)
del a.balance
print(a.balance)
try:
    a.summary = "x"
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del a.summary
except AttributeError as e:
    print(type(e).__name__, e)
print(Account.balance.__doc__)
print(type(Account.balance).__name__, isinstance(Account.summary, property))
print("_balance" in a.__dict__, "balance" in a.__dict__)

# computed property that depends on other attributes, and inheritance
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
    @property
    def area(self):
        return "square " + str(super().area)
print(Rect(2, 3).area, Square(4).area)

# a property that raises AttributeError inside the getter
class Lazy:
    @property
    def value(self):
        raise AttributeError("value not ready")
print(hasattr(Lazy(), "value"), getattr(Lazy(), "value", "default"))
