# Closing a dropped generator under sys.settrace shows its events, and a
# generator dropped on another thread is closed there.
import sys
def g():
    try:
        yield 1
    finally:
        print('cleanup')
def tracer(frame, event, arg):
    if frame.f_code.co_name == 'g':
        print(event, frame.f_lineno, arg if event != 'exception' else arg[0].__name__)
    return tracer
sys.settrace(tracer)
for x in g():
    break
print('after')
sys.settrace(None)
import threading
def worker():
    it = g()
    next(it)
    it = None
    print('worker after')
t = threading.Thread(target=worker)
t.start(); t.join()
print('joined')
