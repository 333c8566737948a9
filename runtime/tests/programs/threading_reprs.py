# The reprs of threading's locks, events, semaphores, conditions and
# threads, and of super objects (addresses and thread ids masked).
import threading
def s(x):
    t = repr(x)
    out = ''
    i = 0
    while i < len(t):
        if t.startswith('0x', i):
            j = i + 2
            while j < len(t) and t[j] in '0123456789abcdef': j += 1
            out += 'ADDR'; i = j
        elif t.startswith('owner=', i):
            j = i + 6
            while j < len(t) and t[j].isdigit(): j += 1
            out += 'owner=N'; i = j
        else:
            out += t[i]; i += 1
    return out
l = threading.Lock(); print(s(l)); l.acquire(); print(s(l))
r = threading.RLock(); print(s(r)); r.acquire(); r.acquire(); print(s(r))
e = threading.Event(); print(s(e)); e.set(); print(s(e))
print(s(threading.Semaphore(2)), s(threading.BoundedSemaphore(3)))
print(s(threading.Condition()))
print(s(threading.Condition(threading.Lock())))
class A:
    def f(self): return super()
class B(A): pass
print(s(B().f()), s(super(B, B())))
print(s(threading.Thread(target=lambda: 0, name='w')))
print(s(threading.current_thread()).split(',')[0])
print(s(threading.Barrier(2)))
