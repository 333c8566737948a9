"""Results straight from Interpreter.call, run from threads the way users
write it: threading.Thread(target=...) around interp.call, and
call_in_thread for fire-and-forget work that reports on a queue.
Usage: threads_call_results.py N
"""
import sys
import threading
import time

N_QUEENS = 7
BOARD_SIZES = (4, 5, 6, 7, 8)


def solutions(n):
    count = 0
    cols, diag1, diag2 = set(), set(), set()

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if c in cols or row + c in diag1 or row - c in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            place(row + 1)
            cols.discard(c)
            diag1.discard(row + c)
            diag2.discard(row - c)

    place(0)
    return count


def timed_solutions(n, out):
    t0 = time.perf_counter()
    c = solutions(n)
    out.put((n, c, time.perf_counter() - t0 >= 0))


def main(workers):
    results = {}
    if workers == 1:
        for n in BOARD_SIZES:
            results[n] = solutions(n)
        checks = [(n, solutions(n), True) for n in (N_QUEENS,)]
    else:
        from concurrent import interpreters
        interps = [interpreters.create() for _ in range(workers)]
        lock = threading.Lock()

        def run(interp, sizes):
            for n in sizes:
                c = interp.call(solutions, n)
                with lock:
                    results[n] = c

        threads = [threading.Thread(target=run, args=(interps[w], BOARD_SIZES[w::workers]))
                   for w in range(workers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        out = interpreters.create_queue()
        t = interps[0].call_in_thread(timed_solutions, N_QUEENS, out)
        t.join()
        checks = [out.get()]
        for interp in interps:
            interp.close()
    for n in sorted(results):
        print(f"{n} queens: {results[n]} solutions")
    print("checked:", checks)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
