# whole program: event bus with decorator-based subscription, priorities and error isolation
class EventBus:
    def __init__(self):
        self.handlers = {}
        self.log = []

    def on(self, event, priority=0):
        def decorator(fn):
            self.handlers.setdefault(event, []).append((priority, len(self.handlers.get(event, [])), fn))
            return fn
        return decorator

    def emit(self, event, **payload):
        results = []
        entries = sorted(self.handlers.get(event, []), key=lambda e: (-e[0], e[1]))
        for prio, _, fn in entries:
            try:
                r = fn(**payload)
                results.append((fn.__name__, r))
                if r == "stop":
                    self.log.append(f"{event}: propagation stopped by {fn.__name__}")
                    break
            except Exception as e:
                self.log.append(f"{event}: {fn.__name__} failed with {type(e).__name__}: {e}")
        return results

bus = EventBus()

def audited(fn):
    def wrapper(**kw):
        bus.log.append(f"audit {fn.__name__} {sorted(kw)}")
        return fn(**kw)
    wrapper.__name__ = fn.__name__
    return wrapper

@bus.on("user.created")
def send_welcome(name, email):
    return f"welcome mail to {email}"

@bus.on("user.created", priority=10)
@audited
def validate(name, email):
    if "@" not in email:
        raise ValueError(f"bad email {email!r}")
    return "valid"

@bus.on("user.created", priority=5)
def create_profile(name, email):
    return f"profile for {name}"

@bus.on("order.placed")
def reserve_stock(items):
    return sum(items.values())

@bus.on("order.placed", priority=1)
def fraud_check(items):
    if items.get("gift card", 0) > 5:
        return "stop"
    return "ok"

class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, **kw):
        self.n += 1
        return self.n
counter = Counter()
counter.__name__ = "counter"
bus.on("order.placed", priority=-1)(counter)

print(bus.emit("user.created", name="ann", email="ann@example.com"))
print(bus.emit("user.created", name="bob", email="bob-at-example"))
print(bus.emit("order.placed", items={"book": 2, "pen": 3}))
print(bus.emit("order.placed", items={"gift card": 9}))
print(bus.emit("order.placed", items={"mug": 1}))
print(bus.emit("nobody.listens"))
for line in bus.log:
    print(" ", line)
print(sorted((k, len(v)) for k, v in bus.handlers.items()), counter.n)
