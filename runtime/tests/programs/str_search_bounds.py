# str.find/rfind/count/startswith/endswith with every kind of start and
# end: CPython clamps the end but not the start, and an empty or reversed
# range matches nothing, not even ''.
cases = ["abc", "", "héllo"]
for s in cases:
    n = len(s)
    for sub in ["", "a", "l", "c"]:
        for start in [None, -10, -1, 0, 1, n, n + 1, n + 5]:
            for end in [None, -10, -1, 0, 1, n, n + 3]:
                args = (sub,) if start is None else ((sub, start) if end is None else (sub, start, end))
                if start is None and end is not None:
                    continue
                print(repr(s), args, s.find(*args), s.rfind(*args), s.count(*args), s.startswith(*args), s.endswith(*args))
