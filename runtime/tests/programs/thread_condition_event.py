# Condition producer/consumer, wait_for, notify_all, misuse errors;
# Event set/wait/clear and timed waits.
import threading

cond = threading.Condition()
buf = []
consumed = []
DONE = object()


def producer(items):
    for it in items:
        with cond:
            buf.append(it)
            cond.notify()
    with cond:
        buf.append(DONE)
        cond.notify()


def consumer():
    while True:
        with cond:
            while not buf:
                cond.wait()
            it = buf.pop(0)
        if it is DONE:
            return
        consumed.append(it * it)


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer, args=(range(20),))
c.start()
p.start()
p.join()
c.join()
print("consumed in order:", consumed == [i * i for i in range(20)], sum(consumed))

ready = []
gate = threading.Condition(threading.Lock())


def waiter(k):
    with gate:
        gate.wait_for(lambda: len(ready) > 0)
        ready.append(k)


ws = [threading.Thread(target=waiter, args=(k,)) for k in range(5)]
for w in ws:
    w.start()
with gate:
    ready.append("go")
    gate.notify_all()
for w in ws:
    w.join()
print("woken:", sorted(ready, key=str))
with cond:
    print("wait timeout:", cond.wait(timeout=0.01))
    print("wait_for timeout:", cond.wait_for(lambda: False, timeout=0.01))
for name, call in (("wait", cond.wait), ("notify", cond.notify), ("notify_all", cond.notify_all)):
    try:
        call()
    except RuntimeError as e:
        print(name, "RuntimeError:", e)

ev = threading.Event()
print("event initially:", ev.is_set(), ev.wait(timeout=0.01))
seen = []
t = threading.Thread(target=lambda: seen.append(ev.wait(timeout=5)))
t.start()
ev.set()
t.join()
print("waiter saw:", seen, "is_set:", ev.is_set(), "wait on set:", ev.wait(0))
ev.clear()
print("cleared:", ev.is_set(), ev.wait(0.01))
