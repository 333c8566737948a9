"""Bisection algorithms -- Coral's implementation.

Reproduces CPython 3.11's ``bisect`` module (the C accelerator
``_bisect`` semantics): bisect_left/bisect_right/insort_left/insort_right
with ``lo``/``hi`` bounds and the ``key=`` argument added in 3.10.
As in the C code, ``hi=None`` (or ``-1``) means ``len(a)``, a negative
``lo`` raises ValueError, and all comparisons use ``<`` only.
"""

__all__ = ['bisect', 'bisect_left', 'bisect_right',
           'insort', 'insort_left', 'insort_right']


# The four functions are builtins, as CPython's C accelerator makes them
# (`stdlib/bisect.rs`).
from _bisect import bisect_left, bisect_right, insort_left, insort_right


# Create aliases
bisect = bisect_right
insort = insort_right
