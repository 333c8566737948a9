# With the recursion limit at a million, CPython overflows its C stack and
# dies of SIGSEGV here; the .out file is Coral's promise instead: nested
# evaluation is capped (RecursionError) and the rest runs on a stack that
# grows onto the heap, in the main thread and in a Python thread.
import sys, threading

def nest_list(n):
    l = []
    for _ in range(n):
        l = [l]
    return l

def nest_tuple(n):
    t = ()
    for _ in range(n):
        t = (t,)
    return t

def attempt(name, f):
    try:
        f()
        print(name, 'ok')
    except RecursionError:
        print(name, 'RecursionError')

def via_map(n):
    return list(map(via_map, [n + 1]))

def run():
    attempt('repr list', lambda: len(repr(nest_list(100000))))
    attempt('str tuple', lambda: len(str(nest_tuple(100000))))
    attempt('hash tuple', lambda: hash(nest_tuple(100000)))
    attempt('dict key', lambda: {nest_tuple(50000): 1}[nest_tuple(50000)])
    attempt('map', lambda: via_map(0))

sys.setrecursionlimit(1000000)
run()
t = threading.Thread(target=run)
t.start()
t.join()
