# Calls: recursion, closures, keyword and default arguments.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def make_adder(k):
    def add(x, y=1, *, scale=1):
        return (x + y + k) * scale
    return add


def main():
    add = make_adder(10)
    total = 0
    for i in range(2000):
        total += add(i, scale=2) - add(i, y=i)
    print(fib(18), total)


if __name__ == "__main__":
    main()
