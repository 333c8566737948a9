def risky():
    try:
        print("try body")
        raise ValueError("first")
    finally:
        print("cleanup")
        raise TypeError("raised in finally")
risky()
