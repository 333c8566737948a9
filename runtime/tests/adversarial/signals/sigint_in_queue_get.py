# sigint-after: ready
# Ctrl-C while the main thread waits in an interpreter queue's get (with a
# timeout, and without): KeyboardInterrupt, not a lost signal or a hang.
import concurrent.interpreters as ci
q = ci.create_queue()
try:
    print("ready", flush=True)
    q.get(timeout=30)
except KeyboardInterrupt:
    print("KeyboardInterrupt in get")
except ci.QueueEmpty:
    print("QueueEmpty: the signal was lost")
