# An uncaught exception in a thread is reported on stderr ("Exception in
# thread ...") and ends only that thread: the main program goes on, exit 0.
import sys
import threading

log = []


def bad(x):
    log.append("bad started")
    if x > 0:
        raise ValueError("boom")
    log.append("not reached")


def good(x):
    log.append("good %d" % (x * 2))


t = threading.Thread(target=bad, args=(1,))
t.start()
t.join()
print("main continues, thread alive:", t.is_alive())
g = threading.Thread(target=good, args=(21,))
g.start()
g.join()
print("log:", log)


def caught():
    try:
        {}["missing"]
    except KeyError as e:
        log.append("caught %r" % (e.args,))


c = threading.Thread(target=caught)
c.start()
c.join()
print("log:", log[-1])
print("current:", threading.current_thread().name, "active:", threading.active_count())
seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


old = threading.excepthook
threading.excepthook = hook
h = threading.Thread(target=lambda: [][3], name="hooked")
h.start()
h.join()
threading.excepthook = old
print("hook saw:", seen)
sys.stdout.flush()
t2 = threading.Thread(target=bad, args=(2,), name="worker-2")
t2.start()
t2.join()
print("still running after second failure")
