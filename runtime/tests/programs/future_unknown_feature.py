"""An unknown feature is a compile-time error."""
from __future__ import annotations, nested_scopes, teleportation
print("never runs")
