# sigint-after: ready
# An uncaught KeyboardInterrupt: CPython's report and death by SIGINT.
import time
print("ready", flush=True)
while True:
    time.sleep(0.01)
