# global statement
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump()
bump()
print(counter)
def read_only():
    return counter * 10
print(read_only())
def make_global():
    global created
    created = "I exist"
make_global()
print(created)
total = 100
def local_shadow():
    total = 5
    return total
print(local_shadow(), total)
def reset():
    global counter, total
    counter, total = 0, 0
reset()
print(counter, total)
config = {"debug": False}
def toggle():
    config["debug"] = not config["debug"]
toggle()
print(config)
def broken():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
broken()
