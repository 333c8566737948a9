# helper module two levels down, importing from the parent package
from .. import geometry
from ..text import label
from . import LEVEL

def deep_area(s):
    return label(geometry.area(s, s)) + f" ({LEVEL})"

def where():
    return __name__, __package__
