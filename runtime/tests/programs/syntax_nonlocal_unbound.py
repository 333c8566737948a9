# nonlocal with no binding in an enclosing function is a compile-time error
print("never runs")
def f():
    def g():
        nonlocal x
        x = 1
    return g
