# helper module: circular import with l2mod_circ_a
import l2mod_circ_a
B_NAME = "b"
SEEN_AT_IMPORT = getattr(l2mod_circ_a, "A_NAME", "missing")

def partner():
    return l2mod_circ_a.A_NAME
