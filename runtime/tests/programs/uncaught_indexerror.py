# IndexError after walking off the end of a list
items = [1, 2, 3]
i = 0
total = 0
while True:
    total += items[i]
    print(items[i], "running total", total)
    i += 1
