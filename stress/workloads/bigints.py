# Big ints: factorials, powers, negative floor division and modulo.
def main():
    f = 1
    for i in range(1, 400):
        f *= i
    p = 3 ** 500
    print(len(str(f)), f % 1000003, p // -(7 ** 90) % 1000, -p % 97, f.bit_length())


if __name__ == "__main__":
    main()
