# uncaught KeyError raised two frames deep
def lookup(table, key):
    return table[key]
def process(records):
    total = 0
    for r in records:
        total += lookup({"a": 1, "b": 2}, r)
        print("running total", total)
    return total
print("start")
process(["a", "b", "k"])
print("never reached")
