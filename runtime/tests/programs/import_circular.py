# circular imports: partially initialised modules and attribute access after completion
import sys
import l2mod_circ_a
import l2mod_circ_b

print(l2mod_circ_b.SEEN_AT_IMPORT)
print(l2mod_circ_a.from_b())
print(l2mod_circ_b.partner())
print(l2mod_circ_a.l2mod_circ_b is l2mod_circ_b, l2mod_circ_b.l2mod_circ_a is l2mod_circ_a)
print(sorted(k for k in sys.modules if k.startswith("l2mod_circ")))

# importing the partner first gives the other partial view
del sys.modules["l2mod_circ_a"], sys.modules["l2mod_circ_b"]
import l2mod_circ_b as b2
print(b2.SEEN_AT_IMPORT, b2.partner(), b2 is l2mod_circ_b)
import l2mod_circ_a as a2
print(a2.from_b(), a2 is l2mod_circ_a, a2.l2mod_circ_b is b2)
# from-import of a name that exists by the time the import statement runs
from l2mod_circ_a import A_NAME, from_b
from l2mod_circ_b import B_NAME as b_name
print(A_NAME, b_name, from_b())
# the original module objects are still usable through old references
print(l2mod_circ_a.from_b(), l2mod_circ_a.l2mod_circ_b is l2mod_circ_b)
