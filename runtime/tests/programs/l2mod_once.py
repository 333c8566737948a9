# helper module: announces itself so tests can check it runs only once
print("l2mod_once: executing module body")
loads = 0
loads += 1

def value():
    return "once-value"
