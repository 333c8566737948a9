print("before")
def validate(x):
    if x < 0:
        raise ValueError("bad")
    return x
print(validate(3))
validate(-1)
