# Python threads taking turns on one interpreter's GIL.
import threading

lock = threading.Lock()


def work(counter, n):
    for _ in range(n):
        with lock:
            counter[0] += 1


def main():
    counter = [0]
    ts = [threading.Thread(target=work, args=(counter, 500)) for _ in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(counter[0])


if __name__ == "__main__":
    main()
