# module objects: attributes, globals, functions closing over module globals, sys.modules lookup
import sys
import l2mod_state as st
import l2mod_util

print(type(st).__name__, st.__name__, st.counter)
print(st.bump(), st.bump(), st.counter)
st.counter = 100
print(st.bump())
mod = sys.modules["l2mod_state"]
print(mod is st, mod.counter)

# functions keep using their own module's globals
def double(x):
    return "main's double"
print(l2mod_util.double(3), double(3))

# adding and deleting module attributes
l2mod_util.added = "new attr"
print(l2mod_util.added)
del l2mod_util.added
print(hasattr(l2mod_util, "added"))
try:
    l2mod_util.added
except AttributeError as e:
    print(type(e).__name__, e)

# the main module is in sys.modules too
main = sys.modules["__main__"]
GLOBAL_VALUE = 5
print(main.GLOBAL_VALUE, main.double(1), __name__)
# modules as namespaces in data structures
mods = {"state": st, "util": l2mod_util}
print(mods["util"].greet("dict"), [m.__name__ for m in mods.values()])
print(getattr(l2mod_util, "double")(8))
# module-level names listed with vars(), filtered to stay deterministic
print(sorted(k for k in vars(l2mod_util) if not k.startswith("_")))
