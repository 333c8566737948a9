def parse(s):
    try:
        return int(s)
    except ValueError:
        print("could not parse", repr(s))
        return {}[s]
print(parse("12"))
print(parse("oops"))
