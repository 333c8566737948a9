# sys.exit in the main thread still waits for non-daemon threads; their
# output and their uncaught exceptions are not lost.
import sys, threading, time

def worker(i):
    time.sleep(0.2 * (i + 1))
    print("worker", i, "done", flush=True)

def failing():
    time.sleep(0.9)
    raise ValueError("from a thread")

for i in range(3):
    threading.Thread(target=worker, args=(i,)).start()
threading.Thread(target=failing).start()
print("main exits", flush=True)
sys.exit(3)
