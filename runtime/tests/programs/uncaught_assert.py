def check(values):
    for v in values:
        print("checking", v)
        assert v < 3, "msg: value too large: " + str(v)
check([1, 2, 3, 4])
