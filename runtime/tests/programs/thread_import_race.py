# Threads importing the same modules at once: each waits for the other's
# import to finish instead of seeing a half-made module (CPython's import
# locks). The names used are defined at the ends of the modules.
import sys
import threading

sys.setswitchinterval(1e-6)
errors = []
seen = []


def use_modules():
    try:
        import pickle
        import copy
        import io
        seen.append((pickle.loads(pickle.dumps([1, 2])), copy.deepcopy({"a": [1]}),
                     io.BytesIO(b"x").read()))
    except Exception as e:
        errors.append(repr(e))


threads = [threading.Thread(target=use_modules) for _ in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(errors, len(seen), seen[0])
