# A tiny line-coverage tool on sys.settrace, the way coverage.py and
# debuggers use it. Run: coral docs/examples/trace_lines.py
import sys

hits = {}

def local_tracer(frame, event, arg):
    if event == "line":
        key = (frame.f_code.co_name, frame.f_lineno)
        hits[key] = hits.get(key, 0) + 1
    return local_tracer

def global_tracer(frame, event, arg):
    # Only the functions we care about get a local tracer.
    if frame.f_code.co_name in ("collatz", "steps"):
        return local_tracer
    return None

def collatz(n):
    if n % 2 == 0:
        return n // 2
    return 3 * n + 1

def steps(n):
    count = 0
    while n != 1:
        n = collatz(n)
        count += 1
    return count

# A hot loop first: Coral compiles it to an executor...
print("untraced:", sum(steps(n) for n in range(1, 2000)))
# ...and tracing deopts it: every line is reported, exactly as CPython does.
sys.settrace(global_tracer)
result = steps(27)
sys.settrace(None)
print("traced: steps(27) =", result)
for (name, line), count in sorted(hits.items()):
    print(f"  {name:8} line {line:3}: {count} times")
