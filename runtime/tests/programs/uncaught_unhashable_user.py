# uncaught TypeError: a class defining __eq__ without __hash__ is unhashable
class Tag:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return self.name == other.name
    def __hash__(self):
        return hash(self.name)

print(len({Tag("x"), Tag("x"), Tag("y")}))
class Item:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return self.name == other.name

items = [Item("a"), Item("b"), Item("a")]
print(items[0] == items[2], items[0] == items[1])
print(items.count(Item("a")))
seen = set()
for it in items:
    print("adding", it.name)
    seen.add(it)
print("not reached")
