# PEP 563 (`from __future__ import annotations`): annotations are stored as
# their source text and never evaluated, so they may name anything.
from __future__ import annotations

x: Undefined = 1
y: list[int]


class Node:
    parent: Node | None
    children: list[Node] = []

    def add(self, child: Node, *rest: Node, key: str = "k") -> Node:
        return self


def f(a: Mystery, b: 'quoted') -> Result:
    inner: AlsoUndefined = 2
    return inner


print(__annotations__)
print(Node.__annotations__)
print(Node.add.__annotations__)
print(f.__annotations__, f(1, 2))
