# sigint-after: ready
# Ctrl-C while three threads spin: KeyboardInterrupt lands in the main
# thread (never a worker), which stops the others and exits normally.
import threading, time
stop = False

def spin():
    n = 0
    while not stop:
        n += 1

ts = [threading.Thread(target=spin) for _ in range(3)]
for t in ts:
    t.start()
try:
    print("ready", flush=True)
    while True:
        time.sleep(0.001)
        sum(range(1000))
except KeyboardInterrupt:
    print("main thread got KeyboardInterrupt")
stop = True
for t in ts:
    t.join()
print("done")
