# sys.settrace is per thread: a traced thread gets its events while another
# thread runs the same functions untraced, and both compute the same
# results. (Coral rewrites the code of traced frames; the untraced thread
# must run it unchanged.)
import sys
import threading

def work(n):
    t = 0
    i = 0
    while i < n:
        t += i % 7
        i += 1
    return t

def helper(k):
    return work(k) + 1

counts = {}

def tracer(frame, event, arg):
    key = (frame.f_code.co_name, event)
    counts[key] = counts.get(key, 0) + 1
    return tracer

results = []

def untraced_worker():
    for _ in range(30):
        results.append(helper(2000))

t = threading.Thread(target=untraced_worker)
t.start()
sys.settrace(tracer)
traced = [helper(300) for _ in range(5)]
sys.settrace(None)
t.join()
print("traced results", traced)
print("untraced results", len(results), set(results))
for key in sorted(counts):
    print(" ", key, counts[key])
print("after", helper(2000), work(10))
