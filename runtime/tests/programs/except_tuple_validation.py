# except with a tuple checks every item is an exception class before
# matching any, and a nested tuple is rejected, as in CPython 3.11.
for spec in [(ZeroDivisionError, 5), 5, (5,), int, (ValueError, ZeroDivisionError), (ValueError, (KeyError, ZeroDivisionError))]:
    try:
        try:
            1/0
        except spec:
            print('caught')
    except TypeError as e:
        print('TypeError:', e)
