def load(key):
    try:
        return {}[key]
    except KeyError as e:
        raise RuntimeError("x") from KeyError("y")
print("loading")
load("cfg")
