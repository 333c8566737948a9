# helper package for import tests
VERSION = "1.2"
from .geometry import area
from . import text

def describe():
    return f"l2pkg {VERSION}"
