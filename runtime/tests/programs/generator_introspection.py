# gi_frame, gi_running, gi_suspended and gi_code through a generator's life:
# the frame object stands where the generator waits and stays the same
# object; a finished generator has none.
import sys
def gen(n):
    x = n
    yield x
    y = x + 1
    yield y
    return 3
g = gen(5)
print(g.gi_running, g.gi_suspended, g.gi_frame.f_lineno, g.gi_code.co_name, g.gi_frame.f_code.co_name)
next(g)
f = g.gi_frame
print(g.gi_suspended, f.f_lineno, f is g.gi_frame)
next(g)
print(g.gi_frame.f_lineno)
def watcher():
    yield me.gi_running
me = watcher()
print(next(me))
list(g)
print(g.gi_frame, g.gi_running, g.gi_suspended)
def tracer():
    yield sys._getframe().f_lineno
print(next(tracer()))
