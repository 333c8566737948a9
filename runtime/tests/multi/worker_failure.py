"""An exception in a worker surfaces in the caller: as ExecutionFailed with
its excinfo from a subinterpreter, as the exception itself without one.
The program prints the same either way. Usage: worker_failure.py N
"""
import sys

THRESHOLD = 50


class BadInput(ValueError):
    pass


def checked_sqrt(x):
    if x < 0:
        raise BadInput(f"negative input {x}")
    if x > THRESHOLD:
        raise OverflowError(f"{x} is above {THRESHOLD}")
    guess = x / 2 or 1.0
    for _ in range(30):
        guess = (guess + x / guess) / 2
    return round(guess, 6)


def main(workers):
    inputs = [16, -4, 2, 99, 49, 0]
    if workers == 1:
        for x in inputs:
            try:
                print(x, "->", checked_sqrt(x))
            except Exception as e:
                print(x, "-> failed:", type(e).__name__, e)
        return
    from concurrent import interpreters
    interps = [interpreters.create() for _ in range(workers)]
    for i, x in enumerate(inputs):
        try:
            print(x, "->", interps[i % workers].call(checked_sqrt, x))
        except interpreters.ExecutionFailed as e:
            print(x, "-> failed:", e.excinfo.type.__name__, e.excinfo.msg)
    for interp in interps:
        interp.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
