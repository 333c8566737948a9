# compare: exception-type
x = 1
x + 1 = 5
print(x)
