"""Future statements: after the docstring, several, with parentheses and
aliases; annotations may name what is defined later."""
from __future__ import annotations
from __future__ import (division, generator_stop)
from __future__ import print_function as pf
import __future__


class Node:
    def link(self, other: Node) -> Node:
        return other

    def children(self) -> list[Later]:
        return []


def area(w: Width, h: Height) -> Area:
    return w * h


class Later:
    pass


print(area(3, 4), Node().link(Node()).children())
print(annotations, pf)
print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    f = getattr(__future__, name)
    print(name, f.getOptionalRelease(), f.getMandatoryRelease(), f.compiler_flag)
print(division is __future__.division, generator_stop.compiler_flag)
