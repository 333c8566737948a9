# A hot loop (thousands of iterations) run untraced, traced, and untraced
# again must compute the same thing; tracing switched on in the middle of a
# hot loop (f_trace on the running frame plus settrace, the way debuggers
# start) and switched off in the middle of a traced loop.
import sys

counts = {}
lines = []

def counting(frame, event, arg):
    key = (frame.f_code.co_name, event)
    counts[key] = counts.get(key, 0) + 1
    return counting

def printing(frame, event, arg):
    extra = f" {arg!r}" if event == "return" else ""
    lines.append(f"{frame.f_code.co_name} {event} {frame.f_lineno}{extra}")
    return printing

def step(v):
    return (v * 7 + 3) % 1009

def hot(n):
    acc = 0
    i = 0
    while i < n:
        acc = step(acc + i)
        if acc % 3 == 0:
            acc += 1
        i += 1
    return acc

def hot_for(n):
    total = 0
    for k in range(n):
        total += k % 5
    return total

base = (hot(3000), hot_for(3000))
print("untraced", base)

sys.settrace(printing)
small = hot(3)
sys.settrace(None)
print("small traced", small, hot(3))
for l in lines:
    print(" ", l)
lines.clear()

sys.settrace(counting)
traced = (hot(3000), hot_for(3000))
sys.settrace(None)
print("traced", traced, traced == base)
for key in sorted(counts):
    print(" ", key, counts[key])
counts.clear()

print("untraced again", (hot(3000), hot_for(3000)) == base)

def start_mid_loop(n, at):
    total = 0
    for k in range(n):
        if k == at:
            sys._getframe().f_trace = printing
            sys.settrace(printing)
        total += k
    sys.settrace(None)
    return total

r = start_mid_loop(3000, 2998)
print("started mid-loop", r, r == sum(range(3000)))
for l in lines:
    print(" ", l)
lines.clear()

def stop_mid_loop(n, at):
    total = 0
    for k in range(n):
        if k == at:
            sys.settrace(None)
        total = step(total + k)
    return total

sys.settrace(counting)
r2 = stop_mid_loop(3000, 2)
print("stopped mid-loop", r2, sys.gettrace())
for key in sorted(counts):
    print(" ", key, counts[key])
counts.clear()
print("same as untraced", r2 == stop_mid_loop(3000, 2))
print("result", base, r, r2)
