# Lock/RLock acquire(timeout=...) argument errors, as CPython 3.11 words them.
# Coral: negative timeouts say "timeout value must be a non-negative number"
# (3.13's wording; 3.11 says "timeout value must be positive"), a NaN timeout
# acquires the lock instead of raising ValueError, and too-large timeouts say
# "timeout value is too large" instead of "timestamp out of range for
# platform time_t".
import threading

for label, mk in (("Lock", threading.Lock), ("RLock", threading.RLock)):
    for t in (-5, -0.5):
        try:
            mk().acquire(timeout=t)
        except ValueError as e:
            print(label, t, "ValueError:", e)
    try:
        print(label, "nan:", mk().acquire(timeout=float("nan")))
    except ValueError as e:
        print(label, "nan ValueError:", e)
    for t in (1e10, float("inf")):
        try:
            print(label, t, mk().acquire(timeout=t))
        except OverflowError as e:
            print(label, t, "OverflowError:", e)
print("-1 means forever:", threading.Lock().acquire(timeout=-1))
threading.Lock().acquire(timeout=-2)
