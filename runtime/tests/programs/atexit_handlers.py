# atexit: handlers run after the program, last registered first, with
# their arguments; unregister removes every registration; a failing
# handler is reported and the next one still runs.
import atexit

def greet(name, punct="!"):
    print("bye", name + punct)

def boom():
    raise ValueError("handler failed")

def never():
    print("never printed")

atexit.register(greet, "first")
atexit.register(greet, "second", punct="?")
atexit.register(never)
atexit.register(boom)
atexit.register(never)
atexit.unregister(never)
print(atexit.register(print, "last registered, first run") is print)
try:
    atexit.register(42)
except TypeError as e:
    print(e)

@atexit.register
def decorated():
    print("decorated runs first")

print("main done")
