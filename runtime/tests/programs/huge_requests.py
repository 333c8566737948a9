# Requests too large for memory raise MemoryError (earlier output is kept),
# and range lookups are computed, not walked.
print("before", flush=True)
for make in (
    lambda: "abc".center(2**62),
    lambda: "a".zfill(10**12),
    lambda: "a".ljust(10**12),
    lambda: "a".rjust(10**12, "*"),
    lambda: list(range(10**12)),
    lambda: tuple(range(-(10**13), 0)),
    lambda: [0] * (10**12),
    lambda: "ab" * (10**12),
):
    try:
        make()
        print("made it?")
    except MemoryError as e:
        print("MemoryError", repr(e))
for make in (lambda: "\t".expandtabs(2**62), lambda: "a".rjust(2**63)):
    try:
        make()
    except OverflowError as e:
        print("OverflowError:", e)

r = range(0, 10**18, 7)
print(r.index(700), r.count(700), r.count(701), 700 in r, r.index(700.0))
print(range(10, 0, -3).index(4), range(10, 0, -3).count(True), range(5).count(2**200))
print(range(-(2**70), 2**70, 2**60).index(2**61), range(0, 10, 2).count(4.0))
for bad in (lambda: range(3).index(7), lambda: range(3).index("a"), lambda: range(5).index(2**200)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    range(3).index()
except TypeError as e:
    print("TypeError:", e)
print("a".center(7, "*"), "-5".zfill(6), "x\ty".expandtabs(4), len(list(range(10**5))))
print("after")
