# CPU loops: nested for/while, floor division and modulo of negatives.
def mix(n):
    acc = 0
    for i in range(n):
        j = 0
        while j < 4:
            acc += (i * 31 - j * 7) // 3 - (-i % 5)
            j += 1
    return acc


def main():
    print(mix(3000), mix(17), sum(i * i for i in range(2000)))


if __name__ == "__main__":
    main()
