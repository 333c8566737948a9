# An uncaught exception in the main thread: the report, then the threads
# finish and print, then exit status 1.
import threading, time

def worker():
    time.sleep(0.2)
    print("worker done", flush=True)

threading.Thread(target=worker).start()
raise KeyError("main")
