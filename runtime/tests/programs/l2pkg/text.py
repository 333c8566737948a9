# helper submodule of l2pkg using a relative import
from .geometry import UNIT

def label(value):
    return f"{value} {UNIT}^2"
