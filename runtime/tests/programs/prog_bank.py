# Bank account simulation with dicts and exceptions
accounts = {}
ledger = []

def open_account(name, initial=0):
    if name in accounts:
        raise ValueError(f"account {name!r} already exists")
    if initial < 0:
        raise ValueError("initial deposit must be non-negative")
    accounts[name] = {"balance": initial, "history": [("open", initial)]}
    ledger.append(("open", name, initial))

def deposit(name, amount):
    if amount <= 0:
        raise ValueError(f"invalid amount: {amount}")
    acct = accounts[name]
    acct["balance"] += amount
    acct["history"].append(("deposit", amount))
    ledger.append(("deposit", name, amount))

def withdraw(name, amount):
    acct = accounts[name]
    if amount > acct["balance"]:
        raise RuntimeError(f"insufficient funds in {name}: balance {acct['balance']}, requested {amount}")
    acct["balance"] -= amount
    acct["history"].append(("withdraw", amount))
    ledger.append(("withdraw", name, amount))

def transfer(src, dst, amount):
    if dst not in accounts:
        raise KeyError(dst)
    withdraw(src, amount)
    try:
        deposit(dst, amount)
    except Exception:
        deposit(src, amount)
        raise

def apply_interest(rate_percent):
    for name, acct in accounts.items():
        interest = acct["balance"] * rate_percent // 100
        if interest:
            acct["balance"] += interest
            acct["history"].append(("interest", interest))

operations = [
    ("open", "alice", 100),
    ("open", "bob", 50),
    ("open", "carol"),
    ("deposit", "alice", 25),
    ("withdraw", "bob", 80),
    ("transfer", "alice", "carol", 60),
    ("transfer", "bob", "dave", 10),
    ("deposit", "carol", -5),
    ("open", "alice", 1),
    ("withdraw", "erin", 5),
    ("transfer", "carol", "bob", 30),
    ("deposit", "bob", 1000),
]
handlers = {"open": open_account, "deposit": deposit, "withdraw": withdraw, "transfer": transfer}
for i, op in enumerate(operations, 1):
    kind, *args = op
    try:
        handlers[kind](*args)
        status = "ok"
    except KeyError as e:
        status = f"KeyError: unknown account {e}"
    except (ValueError, RuntimeError) as e:
        status = f"{type(e).__name__}: {e}"
    finally:
        pass
    print(f"{i:2d}. {kind:<8} {str(args):<28} -> {status}")

apply_interest(5)
print()
print(f"{'account':<8}{'balance':>10}  history")
for name in sorted(accounts):
    acct = accounts[name]
    hist = ", ".join(f"{k}:{v}" for k, v in acct["history"])
    print(f"{name:<8}{acct['balance']:>10,}  {hist}")
total = sum(a["balance"] for a in accounts.values())
print("total holdings:", total)
print("ledger entries:", len(ledger))
by_kind = {}
for kind, name, amount in ledger:
    by_kind.setdefault(kind, []).append(amount)
print({k: (len(v), sum(v)) for k, v in by_kind.items()})
richest = max(accounts, key=lambda n: accounts[n]["balance"])
print("richest:", richest)
