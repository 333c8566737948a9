# helper module: circular import with l2mod_circ_b
A_NAME = "a"
import l2mod_circ_b

def from_b():
    return l2mod_circ_b.B_NAME + "+" + l2mod_circ_b.partner()
