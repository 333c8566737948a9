# helper module: imports l2mod_state and changes it at import time
import l2mod_state
from l2mod_state import items

l2mod_state.bump()
items.append("added by l2mod_user")

def bump_twice():
    l2mod_state.bump()
    return l2mod_state.bump()
