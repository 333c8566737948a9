# packages with __init__.py, submodules, subpackages, relative imports inside the package
import l2pkg
print(l2pkg.VERSION, l2pkg.describe(), l2pkg.area(3, 4), l2pkg.text.label(5))
print(l2pkg.__name__, l2pkg.geometry.__name__, l2pkg.text.__package__)

import l2pkg.geometry
print(l2pkg.geometry.perimeter(2, 5), l2pkg.geometry.UNIT)

from l2pkg import geometry as geo, text
print(geo is l2pkg.geometry, text.label(9))

from l2pkg.geometry import perimeter
print(perimeter(1, 1))

print(hasattr(l2pkg, "sub"))
import l2pkg.sub.deep
print(hasattr(l2pkg, "sub"), l2pkg.sub.LEVEL)
print(l2pkg.sub.deep.deep_area(3))
print(l2pkg.sub.deep.where())

from l2pkg.sub.deep import deep_area as da
from l2pkg.sub import deep
print(da(2), deep.deep_area is da)

import l2pkg.sub.deep as d2
print(d2 is deep, d2.__name__)

import sys
print(sorted(k for k in sys.modules if k.startswith("l2pkg")))
