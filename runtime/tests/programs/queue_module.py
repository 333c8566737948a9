# queue: FIFO, LIFO, priority and simple queues between threads, bounded
# puts, timeouts, task_done/join, and CPython's errors.
import queue
import threading
import time

q = queue.Queue()
results = []


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        results.append(item * item)
        q.task_done()


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for i in range(30):
    q.put(i)
q.join()
for _ in threads:
    q.put(None)
for t in threads:
    t.join()
print(sorted(results) == [i * i for i in range(30)], q.qsize(), q.empty(), q.unfinished_tasks)

lifo = queue.LifoQueue()
for i in range(4):
    lifo.put(i)
print([lifo.get() for _ in range(4)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b")]:
    pq.put(item)
print([pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put("x")
sq.put_nowait("y")
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())

bounded = queue.Queue(maxsize=2)
bounded.put(1)
bounded.put_nowait(2)
print(bounded.full(), bounded.qsize())
for action in (lambda: bounded.put_nowait(3), lambda: bounded.put(3, timeout=0.01),
               lambda: queue.Queue().get_nowait(), lambda: queue.Queue().get(timeout=0.01),
               lambda: queue.Queue().get(timeout=-1), lambda: bounded.put(3, timeout=-1),
               lambda: queue.Queue().task_done(), lambda: sq.get(timeout=0.01),
               lambda: sq.get(timeout=-1)):
    try:
        action()
    except (queue.Empty, queue.Full) as e:
        print(type(e).__name__, repr(e))
    except ValueError as e:
        print("ValueError", e)

slow = queue.Queue(maxsize=1)
slow.put("first")


def drain():
    time.sleep(0.05)
    slow.get()


drainer = threading.Thread(target=drain)
drainer.start()
slow.put("second", timeout=5)
drainer.join()
print("second put after a get:", slow.get())
print(issubclass(queue.Empty, Exception), queue.Queue.__name__)
