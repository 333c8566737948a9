# Ends with an explicitly raised, uncaught KeyboardInterrupt.
# (CPython terminates via SIGINT in this case: exit status -2 / 130.)
def work(n):
    total = 0
    for i in range(n):
        total += i * i
    return total
results = {}
for n in (5, 10, 20):
    results[n] = work(n)
    print("work", n, "=", results[n])
try:
    raise KeyboardInterrupt("caught once")
except KeyboardInterrupt as e:
    print("handled:", repr(e))
print("isinstance Exception?", isinstance(KeyboardInterrupt(), Exception))
print("issubclass BaseException?", issubclass(KeyboardInterrupt, BaseException))
try:
    raise KeyboardInterrupt
except Exception:
    print("not reached: Exception does not catch KeyboardInterrupt")
except BaseException as e:
    print("BaseException handler got", type(e).__name__)
print("simulating Ctrl-C")
raise KeyboardInterrupt
