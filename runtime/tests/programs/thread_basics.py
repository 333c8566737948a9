# threading.Thread: target/args/kwargs, default and given names, join, is_alive,
# ident, current_thread/main_thread, active_count, start/join misuse errors.
import threading

results = []
names = []


def work(a, b, scale=1):
    names.append(threading.current_thread().name)
    results.append((a + b) * scale)


main = threading.current_thread()
print("main name:", main.name, threading.main_thread() is main)
print("main ident set:", main.ident is not None)

t1 = threading.Thread(target=work, args=(1, 2), kwargs={"scale": 10})
t2 = threading.Thread(target=work, args=(3, 4))
t3 = threading.Thread(target=work, args=(5, 6), name="custom")
print("names:", t1.name, "|", t2.name, "|", t3.name)
print("before start:", t1.is_alive(), t1.ident is None, t1.daemon)
for t in (t1, t2, t3):
    t.start()
print("ident after start:", all(t.ident is not None for t in (t1, t2, t3)))
for t in (t1, t2, t3):
    t.join()
print("after join:", [t.is_alive() for t in (t1, t2, t3)])
print("results:", sorted(results))
print("thread names:", sorted(names))
print("active_count:", threading.active_count())


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.out = None

    def run(self):
        self.out = sum(range(self.n))


w = Worker(100)
print("subclass name:", w.name)
w.start()
w.join()
print("subclass out:", w.out)

t4 = threading.Thread(target=lambda: None)
print("lambda name:", t4.name)
t4.start()
t4.join()
try:
    t4.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t5 = threading.Thread(target=work, args=(0, 0))
try:
    t5.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t6 = threading.Thread()
print("no target name:", t6.name)
t6.start()
t6.join(timeout=1.0)
print("no target done:", t6.is_alive())
d = threading.Thread(target=work, args=(7, 8), daemon=True)
print("daemon:", d.daemon)
d.start()
d.join()
print("final results:", sorted(results))
print("current in main after all:", threading.current_thread().name)
print("enumerate:", [t.name for t in threading.enumerate()])
