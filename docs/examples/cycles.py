# Reference cycles created in a loop: parent/child links and a
# self-referencing container, as ordinary class-based programs make them.
import sys
class Node:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
for i in range(N):
    root = Node()
    Node(root)
    box = []
    box.append(box)
print("done", N)
