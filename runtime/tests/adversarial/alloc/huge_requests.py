# Allocations sized by the program that cannot succeed raise MemoryError,
# and the interpreter stays usable afterwards.
import itertools

def attempt(name, f):
    try:
        f()
        print(name, "ok")
    except MemoryError:
        print(name, "MemoryError")
    except OverflowError as e:
        print(name, "OverflowError", e)

attempt("list repeat", lambda: [0] * 10**10)
attempt("str repeat", lambda: "x" * 10**10)
attempt("tuple repeat", lambda: (1, 2) * 10**10)
attempt("join", lambda: "".join(["abcdefgh"] * 10**9))
attempt("list 2**31", lambda: [None] * 2**31)
attempt("center", lambda: "x".center(2**40))
attempt("ljust", lambda: "x".ljust(2**40))
attempt("list of range", lambda: list(range(10**12)))
attempt("format width", lambda: format(1, "99999999999"))
attempt("star width", lambda: "%*d" % (2**40, 1))
s = "a" * 100000
attempt("replace", lambda: s.replace("a", "b" * 100000))
attempt("replace empty", lambda: s.replace("", "b" * 100000))
attempt("zfill", lambda: "x".zfill(2**40))
attempt("sorted range", lambda: sorted(range(10**10)))
attempt("extend range", lambda: [].extend(range(10**10)))
attempt("tuple of range", lambda: tuple(range(10**10)))
attempt("set of range", lambda: set(range(10**10)))
attempt("dict.fromkeys", lambda: dict.fromkeys(range(10**10)))
attempt("lshift", lambda: 1 << 10**12)
l = [1, 2]
try:
    l *= 10**10
except MemoryError:
    print("imul MemoryError", l)
print("still fine", sum([1] * 1000), len("ab" * 1000))
