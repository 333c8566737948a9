# TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'
values = [1, 2, None, 4]
print("values:", values, "count of None:", values.count(None))
total = 0
for v in values:
    print("adding", v)
    total = total + v
