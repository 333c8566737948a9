# uncaught ModuleNotFoundError for a missing module after some successful imports
import sys
import l2mod_state
from l2mod_util import greet as hello

print(hello("importer"), l2mod_state.bump(), l2mod_state.bump())
for name in ("l2mod_util", "l2mod_state", "l2pkg"):
    print(name, name in sys.modules)
try:
    import l2mod_also_missing
except ModuleNotFoundError as e:
    print("caught first:", e.name)
import l2mod_util
from l2pkg import geometry

print(l2mod_util.double(2), geometry.area(2, 3))
import l2pkg
print(l2pkg.describe(), "l2pkg" in sys.modules)
import l2mod_does_not_exist
print("not reached")
