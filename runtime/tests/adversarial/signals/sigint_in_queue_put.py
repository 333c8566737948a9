# sigint-after: ready
# Ctrl-C while the main thread waits to put into a full interpreter queue.
import concurrent.interpreters as ci
q = ci.create_queue(1)
q.put(1)
try:
    print("ready", flush=True)
    q.put(2)
except KeyboardInterrupt:
    print("KeyboardInterrupt in put")
