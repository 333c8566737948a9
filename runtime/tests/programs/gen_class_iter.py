# generators as __iter__ methods in classes: linked list, tree traversal, __reversed__, re-iteration
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.head = Node(x, self.head)
            self.size += 1
    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next
    def __reversed__(self):
        yield from reversed(list(self))
    def __len__(self):
        return self.size
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

ll = LinkedList("abcd")
print(ll, len(ll), list(ll), list(reversed(ll)), "c" in ll, "z" in ll)
it1, it2 = iter(ll), iter(ll)
print(next(it1), next(it1), next(it2))          # independent iterators
print([x + y for x in LinkedList([1, 2]) for y in LinkedList([10, 20])])
print(sorted(LinkedList([3, 1, 2])), max(LinkedList("xyz")), "-".join(LinkedList("abc")))

class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):                       # pre-order
        yield self.value
        for c in self.children:
            yield from c
    def postorder(self):
        for c in self.children:
            yield from c.postorder()
        yield self.value
    def levels(self):
        level = [self]
        depth = 0
        while level:
            yield depth, [n.value for n in level]
            level = [c for n in level for c in n.children]
            depth += 1
    def depth_first_with_path(self, path=()):
        path = path + (self.value,)
        yield "/".join(path)
        for c in self.children:
            yield from c.depth_first_with_path(path)

t = Tree("root", Tree("a", Tree("a1"), Tree("a2")), Tree("b"), Tree("c", Tree("c1", Tree("c1x"))))
print(list(t))
print(list(t.postorder()))
print(list(t.levels()))
print(list(t.depth_first_with_path()))
print(len(list(t)), sum(1 for v in t if v.startswith("c")))

class Range3:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print("  __iter__ called")
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range3(3)
print(list(r), list(r))
a, b, c = r
print(a, b, c, type(iter(r)).__name__)
