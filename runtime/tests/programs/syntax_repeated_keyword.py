# a keyword argument given twice is a compile-time error
print("never runs")
print(sep="", end="", sep="-")
