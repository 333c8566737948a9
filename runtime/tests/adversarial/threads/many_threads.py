# Three hundred threads start under a 4 GiB address-space limit (CPython
# fits 388; Python calls do not use the Rust stack, so Coral's thread
# stacks are small).
import threading
n = 300
ev = threading.Event()
ts = [threading.Thread(target=ev.wait) for _ in range(n)]
started = 0
try:
    for t in ts:
        t.start()
        started += 1
finally:
    ev.set()
print("started", started)
for t in ts[:started]:
    t.join()
print("joined", sum(1 for t in ts if not t.is_alive()))
