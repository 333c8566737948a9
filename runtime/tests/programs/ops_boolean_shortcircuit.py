# and / or return operands; short-circuit evaluation
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, "" or "x", [] and 1)
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or None, 0 or "" or "last")
print(not 0, not 1, not None, not [], not [0], not "", not "a")
print((1 or 0) and (0 or 5), 1 or 2 and 0, (1 or 2) and 0, not 1 or 2, not (1 or 2))
log = []
def f(v):
    log.append(v)
    return v
r = f(0) and f(1)
print(r, log)
log.clear()
r = f(1) or f(2)
print(r, log)
log.clear()
r = f(0) or f("") or f([]) or f("found")
print(r, log)
log.clear()
r = f(1) and f(2) and f(0) and f(3)
print(r, log)
d = {}
value = d.get("missing") or "fallback"
print(value)
x = None
y = x and x.upper()
print(y)
name = ""
print(name or "anonymous", (name and name[0]) or "?")
items = []
print(items and items[0], len(items) > 0 and items[0] == 1)
print(True and False or True, False or True and False)
print(1 if 0 else 2, "yes" if [1] else "no", 0 or 1 if 0 else 5)
print([] or {} or () or 0 or 0.0 or "" or None)
