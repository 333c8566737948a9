# limit-mb: 1536
# Containers grown one item at a time until memory runs out: MemoryError,
# then the memory is freed and the program goes on.
def grow(name, step):
    try:
        step()
    except MemoryError:
        print(name, "MemoryError")

def append_loop():
    x = []
    while True:
        x.append(None)

def dict_loop():
    d = {}
    i = 0
    while True:
        d[i] = None
        i += 1

def set_loop():
    s = set()
    i = 0
    while True:
        s.add(i)
        i += 1

def str_doubling():
    s = "ab"
    while True:
        s += s

def list_doubling():
    l = [1]
    while True:
        l += l

def list_concat():
    l = [1]
    while True:
        l = l + l

def comprehension():
    return [None for _ in iter(int, 1)]

for name, f in [("append", append_loop), ("dict", dict_loop), ("set", set_loop),
                ("str +=", str_doubling), ("list +=", list_doubling),
                ("list +", list_concat), ("comprehension", comprehension)]:
    grow(name, f)
print("after", len([0] * 100000))
