# threading extras: Barrier/BrokenBarrierError, Timer, local (per-thread attributes, subclass __init__), get_native_id, stack_size, settrace/setprofile hooks, ExceptHookArgs and excepthook.
import sys
import threading
import time


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "raised", type(e).__name__, e)


def run_threads(target, n, *args):
    threads = [threading.Thread(target=target, args=args) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def wait_until(pred):
    for _ in range(5000):
        if pred():
            return True
        time.sleep(0.001)
    return False


print("--- Barrier")
actions = []
b = threading.Barrier(3, action=lambda: actions.append('tripped'))
print(b.parties, b.n_waiting, b.broken, issubclass(threading.BrokenBarrierError, RuntimeError))
r = repr(b)
print(r[:r.index(' at ')], r[r.index(': '):])
indices = []


def barrier_worker(barrier):
    for _ in range(2):
        indices.append(barrier.wait())


run_threads(barrier_worker, 3, b)
print(sorted(indices), actions, b.n_waiting, b.broken)

# n_waiting counts the threads blocked in wait()
b2 = threading.Barrier(3)
waiters = [threading.Thread(target=b2.wait) for _ in range(2)]
for t in waiters:
    t.start()
print(wait_until(lambda: b2.n_waiting == 2), b2.n_waiting)
r = repr(b2)
print(r[r.index(': '):])
print(b2.wait())
for t in waiters:
    t.join()
print(b2.n_waiting, b2.broken)

# abort() breaks the barrier for those waiting and those to come
b3 = threading.Barrier(2)
outcome = []


def broken_waiter():
    try:
        b3.wait()
        outcome.append('passed')
    except threading.BrokenBarrierError as e:
        outcome.append(('broken', type(e).__name__, str(e), e.args))


t = threading.Thread(target=broken_waiter)
t.start()
wait_until(lambda: b3.n_waiting == 1)
b3.abort()
t.join()
print(outcome, b3.broken, b3.n_waiting)
r = repr(b3)
print(r[r.index(': '):])
show("wait on broken", b3.wait)
b3.reset()
print(b3.broken)
run_threads(b3.wait, 2)
print("reused after reset", b3.broken, b3.n_waiting)

# a timeout breaks the barrier
b4 = threading.Barrier(2, timeout=0.05)
show("timeout (default)", b4.wait)
print(b4.broken)
b4.reset()
show("timeout (explicit)", lambda: b4.wait(0.01))
b4.reset()

# reset() while a thread waits: that thread gets BrokenBarrierError
b5 = threading.Barrier(2)
outcome5 = []


def reset_waiter():
    try:
        b5.wait()
    except threading.BrokenBarrierError:
        outcome5.append('broken by reset')


t = threading.Thread(target=reset_waiter)
t.start()
wait_until(lambda: b5.n_waiting == 1)
b5.reset()
t.join()
print(outcome5, b5.broken)
run_threads(b5.wait, 2)
print("b5 usable", b5.broken)

# an action that raises breaks the barrier
results6 = []


def bad_action():
    raise ValueError('action failed')


b6 = threading.Barrier(2, action=bad_action)


def action_waiter():
    try:
        b6.wait()
        results6.append('ok')
    except Exception as e:
        results6.append(type(e).__name__)


run_threads(action_waiter, 2)
print(sorted(results6), b6.broken)
b1 = threading.Barrier(1)
print(b1.wait(), b1.wait(), b1.n_waiting)

print("--- Timer")
calls = []
tm = threading.Timer(0.01, lambda *a, **k: calls.append((a, k)), args=(1, 2), kwargs={'k': 3})
print(isinstance(tm, threading.Thread), tm.interval, tm.args, tm.kwargs, tm.finished.is_set(), tm.name.startswith('Thread-'))
tm.start()
tm.join()
print(calls, tm.finished.is_set(), tm.is_alive())
tm2 = threading.Timer(10, lambda: calls.append('never'))
print(tm2.args, tm2.kwargs)
tm2.start()
tm2.cancel()
tm2.join()
print(calls, tm2.finished.is_set())
tm3 = threading.Timer(0, calls.append, ['zero'])
tm3.start()
tm3.join()
print(calls)
tm4 = threading.Timer(0, calls.append, ['cancelled first'])
tm4.cancel()
tm4.start()
tm4.join()
print(calls)

print("--- local")
data = threading.local()
data.x = 'main'
data.shared = [1]
print(data.x, sorted(data.__dict__), type(data).__name__)
seen = {}


def local_worker(name):
    try:
        data.x
    except AttributeError as e:
        seen[name + ' before'] = str(e)
    data.x = name
    data.shared = name * 2
    time.sleep(0.005)
    seen[name] = (data.x, data.shared, sorted(data.__dict__.items()))
    del data.x
    seen[name + ' after del'] = hasattr(data, 'x')


run_threads(local_worker, 1, 'a')
run_threads(local_worker, 1, 'b')
threads = [threading.Thread(target=local_worker, args=(n,)) for n in ('c', 'd', 'e')]
for t in threads:
    t.start()
for t in threads:
    t.join()
for key in sorted(seen):
    print(key, seen[key])
print(data.x, data.shared, data.__dict__)
show("getattr missing", lambda: data.missing)
show("delattr missing", lambda: delattr(data, 'missing'))
print(getattr(data, 'missing', 'default'), hasattr(data, 'x'))
del data.shared
print(data.__dict__)
data.__dict__['via_dict'] = 1
print(data.via_dict)
show("set __dict__", lambda: setattr(data, '__dict__', {}))
show("args", lambda: threading.local(1))
show("kwargs", lambda: threading.local(a=1))


class Config(threading.local):
    initialized = []
    color = 'class default'

    def __init__(self, level, name='cfg'):
        self.level = level
        self.name = name
        Config.initialized.append(level)

    def describe(self):
        return '%s:%s:%s' % (self.name, self.level, self.color)

    @property
    def doubled(self):
        return self.level * 2

    @property
    def ro(self):
        return 'read-only'


cfg = Config(5, name='main')
cfg.color = 'main color'
print(cfg.describe(), cfg.doubled, Config.initialized)
out = {}


def config_worker(tag):
    before = cfg.describe()
    cfg.level = tag
    out[tag] = (before, cfg.describe(), cfg.doubled, cfg.color)


for tag in (1, 2):
    run_threads(config_worker, 1, tag)
print(out[1], out[2])
print(cfg.describe(), sorted(Config.initialized))
show("read-only property", lambda: setattr(cfg, 'ro', 1))
show("missing on subclass", lambda: cfg.nothing)
cfg.describe = lambda: 'instance attribute wins'
print(cfg.describe(), Config.describe(cfg))


class Failing(threading.local):
    def __init__(self, ok):
        if not threading.current_thread() is threading.main_thread():
            raise RuntimeError('init failed in thread')
        self.ok = ok


fl = Failing(True)
errors = []


def failing_worker():
    try:
        fl.ok
    except RuntimeError as e:
        errors.append(str(e))
    try:
        fl.ok
    except RuntimeError as e:
        errors.append(str(e))


run_threads(failing_worker, 1)
print(fl.ok, errors)


class WithGetattr(threading.local):
    def __getattr__(self, name):
        return 'computed ' + name


wg = WithGetattr()
wg.real = 1
print(wg.real, wg.other)

print("--- get_native_id / stack_size")
nid = threading.get_native_id()
print(type(nid).__name__, nid == threading.current_thread().native_id, nid >= 0)
native = []
run_threads(lambda: native.append(threading.get_native_id() == threading.current_thread().native_id), 2)
print(native)
print(threading.stack_size())
for value in (-1, 1, 32767, 'x', 1.5, None):
    show("stack_size(%r)" % (value,), lambda: threading.stack_size(value))
print(threading.stack_size(65536), threading.stack_size(), threading.stack_size(0), threading.stack_size())
show("stack_size(True)", lambda: threading.stack_size(True))

print("--- settrace / setprofile")
print(threading.gettrace(), threading.getprofile())
events = []


def traced_work(n):
    total = 0
    for i in range(n):
        total += i
    return total


def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name in ('traced_work', 'run'):
        events.append((name, event))
    return tracer


threading.settrace(tracer)
print(threading.gettrace() is tracer)
res = []
run_threads(lambda: res.append(traced_work(3)), 1)
threading.settrace(None)
print(res, threading.gettrace())
print(('run', 'call') in events, events.count(('traced_work', 'call')), events.count(('traced_work', 'return')),
      events.count(('traced_work', 'line')) > 0)
events.clear()
run_threads(lambda: res.append(traced_work(2)), 1)
print(res, events)
print(traced_work(4), events)


def profiler(frame, event, arg):
    pass


threading.setprofile(profiler)
print(threading.getprofile() is profiler)
threading.setprofile(None)
print(threading.getprofile())

print("--- ExceptHookArgs / excepthook")
E = threading.ExceptHookArgs
print(E.__name__, E.n_fields, E.n_sequence_fields, E.n_unnamed_fields)
err = ValueError('boom')
a = E((ValueError, err, None, None))
print(a)
print(len(a), a.exc_type.__name__, a.exc_value, a.exc_traceback, a.thread, a[0].__name__, a[-1])
print(isinstance(a, tuple), a == (ValueError, err, None, None), tuple(a)[1] is err)
print(E([1, 2, 3, 4]), E(iter('abcd')).thread)
for bad in [(1, 2, 3), (1, 2, 3, 4, 5), 5, []]:
    show("E(%r)" % (bad,), lambda: E(bad))
show("E()", lambda: E())
show("set field", lambda: setattr(a, 'exc_type', 1))
show("del field", lambda: delattr(a, 'thread'))
print(threading.__excepthook__ is threading.excepthook)

captured = []


def hook(args):
    captured.append((type(args).__name__, isinstance(args, tuple), len(args), args.exc_type.__name__,
                     str(args.exc_value), args.thread is failing,
                     args.thread.name if args.thread is failing else '-'))


def fail():
    raise KeyError('in thread')


def exit_quietly():
    sys.exit(3)


threading.excepthook = hook
failing = threading.Thread(target=fail, name='failer')
failing.start()
failing.join()
quiet = threading.Thread(target=exit_quietly)
quiet.start()
quiet.join()
threading.excepthook = threading.__excepthook__
print(captured)
print(sorted(name for name in ('Barrier', 'BrokenBarrierError', 'Timer', 'local', 'ExceptHookArgs', 'settrace',
                               'setprofile', 'gettrace', 'getprofile', 'stack_size', 'get_native_id')
             if name in threading.__all__))
