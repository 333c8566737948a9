# duplicate parameter names are a compile-time error
print("never runs")
def f(a, b, *, a=1):
    pass
