# whole program: bank simulation with account classes, inheritance, properties and custom exceptions
class BankError(Exception): pass
class AccountFrozen(BankError): pass
class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(account.number, amount)
        self.account, self.amount = account, amount
    def __str__(self):
        return f"account {self.account.number}: cannot withdraw {self.amount}, balance is {self.account.balance}"
class Account:
    _next_number = 1000
    def __init__(self, owner, balance=0):
        self.owner, self._balance, self.frozen, self.history = owner, balance, False, []
        self.number = Account._next_number
        Account._next_number += 1
    balance = property(lambda self: self._balance)
    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self._balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        self._check()
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("wd", amount))
    def available(self): return self._balance
    def month_end(self): pass
    def __repr__(self):
        return f"{type(self).__name__}(#{self.number}, {self.owner}, {self.balance})"
class Savings(Account):
    rate_percent = 2
    def month_end(self):
        if interest := self._balance * self.rate_percent // 100:
            self.deposit(interest)
class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def available(self): return self._balance + self.overdraft
    def month_end(self):
        if self._balance < 0:
            self._balance -= 15
            self.history.append(("fee", 15))
s, c, c2 = Savings("ann", 1000), Checking("bob", 50, overdraft=200), Checking("cy")
accounts = {acct.number: acct for acct in (s, c, c2)}
def transfer(src, dst, amount):
    a, b = accounts[src], accounts[dst]
    a.withdraw(amount)
    try:
        b.deposit(amount)
    except BankError:
        a.deposit(amount)
        raise
actions = {"transfer": transfer, "deposit": lambda n, amt: accounts[n].deposit(amt),
           "withdraw": lambda n, amt: accounts[n].withdraw(amt), "freeze": lambda n: setattr(accounts[n], "frozen", True)}
ops = [("transfer", 1000, 1001, 300), ("transfer", 1001, 1002, 500), ("transfer", 1001, 1002, 100), ("freeze", 1002),
       ("transfer", 1000, 1002, 10), ("deposit", 1000, -5), ("transfer", 1000, 9999, 1), ("withdraw", 1002, 1)]
for op in ops:
    try:
        actions[op[0]](*op[1:])
        print("ok  ", op)
    except InsufficientFunds as e:
        print("FAIL", op, "->", e)
    except BankError as e:
        print("FAIL", op, "->", type(e).__name__, e)
    except (ValueError, KeyError) as e:
        print("ERR ", op, "->", type(e).__name__, e)
for acct in [a for month in range(3) for a in accounts.values()]:
    acct.month_end()
print(sorted(accounts.values(), key=lambda a: a.balance))
print(sum(a.balance for a in accounts.values()), s.history, c.history)
print([type(a).__name__ for a in accounts.values()], isinstance(c, Account), issubclass(AccountFrozen, Exception))
