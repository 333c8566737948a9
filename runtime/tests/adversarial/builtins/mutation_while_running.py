# Mutation while a builtin runs gives CPython's answer, not a silently
# different one.
s = {0}
def gen():
    for i in range(1, 5):
        s.add(100 + i)
        yield i
s.update(gen())
print(sorted(s))

def f(a, b=2):
    return a, b
f.__defaults__ = (10, 20, 30)
print(f(1), f.__defaults__)

d = {i: i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print("RuntimeError", e)

l = [1, 2, 3]
for x in l:
    if len(l) < 10:
        l.append(x)
print(l)
