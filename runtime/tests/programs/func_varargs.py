# *args and **kwargs
def show(*args, **kwargs):
    print("args:", args, "kwargs:", kwargs)
show()
show(1, 2)
show(a=1)
show(1, "two", x=3, y=[4])
show(*range(3), **{"k": "v"})
def total(first, *rest):
    return first + sum(rest)
print(total(1), total(1, 2, 3), total(*[10, 20, 30]))
def describe(name, **attrs):
    parts = [name]
    for k, v in attrs.items():
        parts.append(k + "=" + repr(v))
    return " ".join(parts)
print(describe("box"), describe("box", w=3, h=4, color="red"))
def mixed(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(mixed(1, c=3))
print(mixed(1, 5, 6, 7, c=8, e=9))
print(mixed(a=0, c=0, z=1))
def forward(*args, **kwargs):
    return mixed(*args, **kwargs)
print(forward(10, 20, 30, c=40, d=50))
def count_args(*a):
    return len(a)
print(count_args(), count_args(None), count_args(*"abcd"), count_args([1, 2]))
def kw_only_collect(**kw):
    return sorted(kw.items())
print(kw_only_collect(b=2, a=1, c=3))
args = (1, 2)
kwargs = {"sep": "+"}
print(*args, **kwargs)
