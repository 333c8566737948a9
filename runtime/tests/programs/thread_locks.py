# Lock and RLock: with-statement, non-blocking and timed acquire, locked(),
# releasing unlocked locks, RLock reentrancy and ownership errors.
import threading

lock = threading.Lock()
print("initial locked:", lock.locked())
with lock:
    print("in with:", lock.locked())
    print("nonblocking while held:", lock.acquire(blocking=False))
    print("timeout while held:", lock.acquire(timeout=0.01))
    print("acquire(False) while held:", lock.acquire(False))
print("after with:", lock.locked())
print("acquire returns:", lock.acquire())
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.acquire(False, 1.0)
except ValueError as e:
    print("ValueError:", e)

# A plain Lock may be released by a thread other than its holder.
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("released by other thread:", lock.locked())

# Waiting on a held lock from another thread with a timeout fails.
out = []
lock.acquire()
t = threading.Thread(target=lambda: out.append(lock.acquire(timeout=0.02)))
t.start()
t.join()
lock.release()
print("other thread timed acquire:", out)

r = threading.RLock()
print("rlock acquire x3:", r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release()
r.release()
with r:
    with r:
        print("nested with ok")
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

errors = []


def foreign_release():
    try:
        r.release()
    except RuntimeError as e:
        errors.append(str(e))
    errors.append(r.acquire(blocking=False))


r.acquire()
t = threading.Thread(target=foreign_release)
t.start()
t.join()
r.release()
print("non-owner:", errors)
t = threading.Thread(target=lambda: errors.append(r.acquire(timeout=0.5) and (r.release() or "got it")))
t.start()
t.join()
print("after owner released:", errors[-1])
