# Interpreter.call with builtins and module-level functions (defaults, kwargs),
# get_current()/get_main() seen from inside, is_running while busy.
# Output is flushed before each exec so the order holds however stdout buffers.
import threading
from concurrent import interpreters


def scale(x, factor=3, offset=0):
    return x * factor + offset


def describe(*args, **kwargs):
    return (len(args), sorted(kwargs.items()))


def whoami():
    from concurrent import interpreters as i
    return (i.get_current().id, i.get_main().id)


def fail(n):
    if n > 2:
        raise KeyError("n=%d" % n)
    return n


if __name__ == "__main__":
    main = interpreters.get_current()
    a = interpreters.create()
    print("len:", a.call(len, "abcd"), a.call(sum, (1, 2, 3)), a.call(max, 3, 9, 4))
    print("defaults:", a.call(scale, 5), a.call(scale, 5, 10), a.call(scale, 5, offset=1))
    print("varargs:", a.call(describe, 1, 2, 3, z=1, y=(2, 3)))
    print("big arg:", a.call(scale, 2**100, 2) == 2**101)
    cur, m = a.call(whoami)
    print("call sees itself:", cur == a.id, cur != main.id, "main:", m, flush=True)
    a.prepare_main(expected=a.id)
    a.exec("""
from concurrent import interpreters
cur = interpreters.get_current()
print("exec sees itself:", cur.id == expected, cur.id != 0)
print("main seen from inside:", interpreters.get_main().id)
print("current is main:", cur == interpreters.get_main(), flush=True)
""")
    print("after call ok:", a.call(fail, 2))
    try:
        a.call(fail, 5)
    except interpreters.ExecutionFailed as e:
        print("call failed:", e.excinfo.type.__name__, e.excinfo.msg)

    started = interpreters.create_queue()
    release = interpreters.create_queue()
    a.prepare_main(started=started, release=release)
    print("idle running:", a.is_running(), "main running:", main.is_running())
    t = threading.Thread(target=a.exec, args=("started.put(1)\nrelease.get()",))
    t.start()
    started.get()
    print("busy running:", a.is_running())
    release.put(None)
    t.join()
    print("done running:", a.is_running())
    a.close()
