# leading zeros in a decimal int literal
print("never runs")
x = 0017
