# try without except or finally
print("never runs")
try:
    x = 1
print(x)
