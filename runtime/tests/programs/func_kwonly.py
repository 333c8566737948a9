# keyword-only arguments
def connect(host, *, port=80, secure=False):
    return host + ":" + str(port) + (" (secure)" if secure else "")
print(connect("example"))
print(connect("example", port=443, secure=True))
print(connect(secure=True, host="h"))
def required_kw(a, *, b):
    return a * b
print(required_kw(3, b=4))
def after_args(*items, sep=", "):
    return sep.join(str(i) for i in items)
print(after_args(1, 2, 3), after_args(1, 2, sep="-"))
try:
    connect("h", 8080)
except TypeError as e:
    print("TypeError:", e)
try:
    required_kw(1)
except TypeError as e:
    print("TypeError:", e)
try:
    required_kw(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    connect("h", colour=1)
except TypeError as e:
    print("TypeError:", e)
