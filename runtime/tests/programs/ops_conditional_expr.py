# conditional expressions
def classify(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
print([classify(n) for n in [-2, 0, 3]])
x = 5
print("big" if x > 3 else "small", ("even" if x % 2 == 0 else "odd").upper())
print([i if i % 2 else -i for i in range(6)])
print(1 if True else 1 / 0, 0 / 1 if False else "lazy")
y = None
print((y if y is not None else "default"), len("abc" if y else "z"))
f = (lambda a: a * 2) if x else (lambda a: a)
print(f(21))
print(max(x, 3) if x else 0, [1, 2][0 if x > 10 else 1])
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in [95, 85, 75, 65, 90, 80]])
print(sum(v if v > 0 else 0 for v in [-1, 2, -3, 4]))
