# a parameter without a default after one with a default
print("never runs")
def f(a, b=1, c):
    pass
