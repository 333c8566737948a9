# empty containers and edge cases
print([], (), {}, set(), frozenset(), "", repr(""), (1,), [()], ((),))
print(len([]), len(()), len({}), len(set()), len(""), len(range(0)))
print(sum([]), sum(()), sum([], 5), sum([[]], []), "".join([]), "-".join(()))
print(max([], default=None), min((), default=0), max("", default="z"))
print(sorted([]), list(reversed([])), list(zip()), list(enumerate([])), list(map(str, [])), list(filter(None, [])))
print(all([]), any([]), all(()), any(set()))
print([][:], [][1:5], ""[::-1], ()[::2], [] * 5, () + (), "" * 3, [] + [])
print(bool([]), bool(()), bool(""), bool({}), bool(set()), not [])
print("".split(), "".split(","), "".strip(), "".upper(), "".replace("", "x"), "".find(""), "".count("x"))
print(dict(), dict([]), list(""), tuple([]), set(""), str([]), {}.get(1), list({}.items()))
print([x for x in []], {x: x for x in ()}, {x for x in ""}, tuple(x for x in []))
d = {}
d.update({})
d.update()
print(d, d.copy(), {} == dict(), [] == [], () == (), set() == frozenset(), [] == ())
s = []
s.extend([])
s += []
s[0:0] = []
print(s, s.copy(), s.count(1))
for x in []:
    print("never")
i = 0
while []:
    i += 1
print(i, range(0), range(5, 5), range(5, 0), list(range(0)))
for bad in [lambda: min([]), lambda: max(()), lambda: [].pop(), lambda: ()[0], lambda: ""[0],
            lambda: {}.popitem(), lambda: set().pop(), lambda: next(iter([])), lambda: [][-1]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
