# atexit handlers run after an uncaught exception's traceback, and after
# the program's threads have finished.
import atexit
import threading
import time

def worker():
    time.sleep(0.05)
    print("thread finished")

atexit.register(print, "handler ran")
threading.Thread(target=worker).start()
raise RuntimeError("uncaught")
