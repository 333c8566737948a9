vals = [0, 1, -1, 7, -7, 2**49, -2**49, 2**62, -2**63, 2**63 - 1, 2**63, 2**64 - 1, -2**64, 2**100 + 3, -2**126, 2**126, 2**127 - 1, -2**127, 2**127, 2**130, -2**130 - 5]
import operator
ops = [operator.add, operator.sub, operator.mul, operator.floordiv, operator.mod, operator.and_, operator.or_, operator.xor]
acc = 0
for a in vals:
    for b in vals:
        for op in ops:
            try:
                r = op(a, b)
            except ZeroDivisionError as e:
                r = str(e)
            print(op.__name__, a, b, r)
        for s in [0, 1, 5, 33, 63, 64, 100, 126, 127, 128, 200]:
            print("sh", a, s, a >> s, (a << s) if abs(a) < 2**140 else 0)
print(divmod(-2**127, -1), -2**127 // -1, (-2**127) % -1)
h = 0xcbf29ce484222325
for ch in [104, 101, 108, 108, 111, 32, 119]:
    h = ((h ^ ch) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
print(h, hex(h), h % 1000, -h // 7)
try:
    print(1 >> -1)
except ValueError as e: print("VE", e)
try:
    print(1 << -1)
except ValueError as e: print("VE", e)
print(True & True, True | 2, 2**70 & True)
