# NameError for an undefined global inside a function
def compute():
    result = 10
    print("local result", result)
    return undefined_quantity_q * 2
print("computing")
try:
    print(another_missing_name)
except NameError as e:
    print("caught:", e)
compute()
