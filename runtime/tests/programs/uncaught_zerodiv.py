# ZeroDivisionError from an average of an empty list, two frames deep
def average(xs):
    return sum(xs) / len(xs)
def report(groups):
    for name, xs in groups:
        print(f"{name}: {average(xs):.2f}")
groups = [("a", [1, 2, 3]), ("b", [10, 20]), ("c", []), ("d", [5])]
print(average([1, 2, 3]))
report(groups)
