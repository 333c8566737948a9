# Globals rebound and classes mutated while their loops are hot: what
# invalidates executors that depend on them. Results must not change.
SCALE = 2


class Config:
    step = 1


def scaled(n):
    s = 0
    for i in range(n):
        s += i * SCALE + Config.step
    return s


def main():
    global SCALE
    SCALE = 2
    Config.step = 1
    out = []
    for rnd in range(30):
        out.append(scaled(200))
        if rnd % 3 == 0:
            SCALE = SCALE + 1
        if rnd % 5 == 0:
            Config.step = Config.step * -1
        if rnd % 7 == 0:
            globals()["SCALE"] = SCALE - 1
    print(sum(out), out[-3:])


if __name__ == "__main__":
    main()
