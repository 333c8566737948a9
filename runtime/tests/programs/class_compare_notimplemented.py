# A comparison whose special methods return NotImplemented asks each of
# them once, in CPython's order, then falls back to identity.
class A:
    def __eq__(s, o):
        print('eq', type(o).__name__)
        return NotImplemented
a = A()
print(a == 1)
print(a == a)
print(a != 1)
print(1 == a)
class B:
    def __lt__(s, o):
        print('lt')
        return NotImplemented
try:
    B() < 1
except TypeError as e:
    print(e)
