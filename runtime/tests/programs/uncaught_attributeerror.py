# AttributeError on a list method that does not exist
data = [3, 1, 2]
data.sort()
print(data)
data.append(5)
data.extend([0, 7])
print(data, len(data))
print(hasattr(data, "push"), hasattr(data, "pop"))
print(getattr(data, "push", "no push method"))
data.push(4)
