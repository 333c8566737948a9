# import m, import m as n, from m import a, b, from m import x as y
import l2mod_util
import l2mod_util as u
from l2mod_util import double, greet
from l2mod_util import Box as Container, NAMES

print(l2mod_util.double(21), u.greet("coral"), double(4), greet())
print(u is l2mod_util, double is l2mod_util.double, Container is l2mod_util.Box)
print(Container(3), NAMES, l2mod_util.PI_ISH)
print(l2mod_util.__name__, u.who_am_i(), type(u).__name__)
print(l2mod_util._private)

# names imported with from are bindings: rebinding them does not touch the module
NAMES = ["changed"]
print(l2mod_util.NAMES)
# but mutating the shared object is visible
from l2mod_util import NAMES as shared
shared.append("gamma")
print(l2mod_util.NAMES)
# setting a module attribute is visible through every reference
l2mod_util.PI_ISH = 3.0
print(u.PI_ISH)
# import inside a function binds a local name
def local_import():
    import l2mod_util as inner
    from l2mod_util import greet as g
    return inner.double(5), g("fn")
print(local_import(), "inner" in globals())
# importing a stdlib module in several ways
import math, math as m
from math import sqrt as root, pi
print(m is math, root(16.0), round(pi, 4))
print(hasattr(l2mod_util, "double"), getattr(u, "missing", "no attr"))
