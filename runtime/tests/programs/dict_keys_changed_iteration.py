# Changing a dict's keys while iterating it: CPython's two RuntimeErrors,
# and the cases that are allowed.
d = {1: 0, 2: 0, 3: 0}
try:
    for k in d:
        del d[k]
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(d))
d = {1: 0, 2: 0}
try:
    for k in d:
        d[k + 100] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: 0, 2: 0, 3: 0}
for k in d:
    d[k] = k * 2
print(d)
d = {"a": 1, "b": 2}
try:
    for k, v in d.items():
        d.pop(k)
        d[k * 2] = v
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d = {i: i for i in range(5)}
for k in list(d):
    if k % 2:
        del d[k]
print(d, list(d.values()), list(d.items()))
