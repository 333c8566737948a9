# Generators: pipelines, send, yield from.
def numbers(n):
    for i in range(n):
        yield i


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def chain(*srcs):
    for s in srcs:
        yield from s


def averager():
    total, count, avg = 0.0, 0, None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count


def main():
    a = averager()
    next(a)
    for x in range(1, 500):
        r = a.send(x)
    a.close()
    print(sum(chain(evens(numbers(4000)), numbers(100))), r)


if __name__ == "__main__":
    main()
