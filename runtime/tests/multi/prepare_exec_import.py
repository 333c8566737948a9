"""prepare_main + exec: each worker interpreter gets its inputs bound in
its __main__, then runs code that imports this very script as a module
(its `if __name__ == "__main__":` block does not run there) and reports
on a queue. Usage: prepare_exec_import.py N
"""
from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MODULE = os.path.splitext(os.path.basename(__file__))[0]
TOTAL = 24


def digit_sum_power(n: int, power: int = 3) -> int:
    return sum(int(d) ** power for d in str(n))


def work(start: int, stop: int) -> list[int]:
    """Numbers equal to the sum of the cubes of their digits, in a range."""
    return [n for n in range(start, stop) if n == digit_sum_power(n)]


WORKER_CODE = """
import sys
if folder not in sys.path:
    sys.path.insert(0, folder)
prog = __import__(module)
for part in range(first, TOTAL, step):
    lo = part * span
    results.put((part, prog.work(lo, lo + span)))
results.put(None)
"""


def main(workers: int) -> None:
    span = 1000
    with open(__file__, encoding="utf-8") as f:
        lines = sum(1 for _ in f)
    print(f"{MODULE}.py has {lines} lines")
    found: dict[int, list[int]] = {}
    if workers == 1:
        for part in range(TOTAL):
            found[part] = work(part * span, part * span + span)
    else:
        from concurrent import interpreters
        results = interpreters.create_queue()
        interps = [interpreters.create() for _ in range(workers)]
        for w, interp in enumerate(interps):
            interp.prepare_main(folder=HERE, module=MODULE, first=w, step=workers,
                                span=span, TOTAL=TOTAL, results=results)
        import threading
        runners = [threading.Thread(target=interp.exec, args=(WORKER_CODE,)) for interp in interps]
        for t in runners:
            t.start()
        done = 0
        while done < workers:
            item = results.get()
            if item is None:
                done += 1
            else:
                found[item[0]] = item[1]
        for t in runners:
            t.join()
        for interp in interps:
            interp.close()
    numbers = [n for part in sorted(found) for n in found[part]]
    print("parts:", len(found), "numbers:", numbers)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
