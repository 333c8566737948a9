# a module body runs once; later imports reuse sys.modules
import sys
print("before first import:", "l2mod_once" in sys.modules)
import l2mod_once
print("after first import:", "l2mod_once" in sys.modules, l2mod_once.loads)
import l2mod_once
import l2mod_once as again
from l2mod_once import value
print(again is l2mod_once, sys.modules["l2mod_once"] is l2mod_once, value())

def f():
    import l2mod_once
    return l2mod_once.loads
print(f(), f())

# shared module state is seen by every importer
import l2mod_state
print("state before l2mod_user:", l2mod_state.counter, l2mod_state.items)
import l2mod_user
print("state after l2mod_user:", l2mod_state.counter, l2mod_state.items)
print(l2mod_user.bump_twice(), l2mod_state.counter)
print(l2mod_user.l2mod_state is l2mod_state)

# the main guard in an imported module is False
import l2mod_guard
print(l2mod_guard.name(), __name__)

# removing the module from sys.modules forces a fresh execution
del sys.modules["l2mod_once"]
import l2mod_once as fresh
print(fresh is again, fresh.loads)
