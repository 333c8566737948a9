def step():
    try:
        [].pop()
    except IndexError:
        print("logging the error")
        raise
step()
