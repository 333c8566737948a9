# Property errors name the class by its __qualname__, as CPython 3.11 does.
class Outer:
    class C:
        @property
        def x(self): return 1
c = Outer.C()
try: c.x = 2
except AttributeError as e: print(e)
try: del c.x
except AttributeError as e: print(e)
def f():
    class L:
        @property
        def y(self): return 1
    return L()
try: f().y = 1
except AttributeError as e: print(e)
class C:
    y = property()
try: C().y
except AttributeError as e: print(e)
class O:
  class C:
    y = property()
try: O.C().y
except AttributeError as e: print(e)
