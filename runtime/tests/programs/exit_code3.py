# sys.exit(3): exit status 3, no traceback, nothing on stderr
import sys
def check(items):
    problems = []
    for i, item in enumerate(items):
        if not isinstance(item, int):
            problems.append((i, type(item).__name__))
    return problems
items = [1, 2, "three", 4.0, 5]
problems = check(items)
for idx, kind in problems:
    print(f"item {idx} has type {kind}")
status = 0 if not problems else len(problems) + 1
print("exiting with", status)
try:
    sys.exit(99)
except SystemExit as e:
    print("intercepted exit", e.code)
sys.exit(status)
print("unreachable")
