import concurrent.interpreters as ci

SCALE = 3


def scaled_sum(n):
    return sum(range(n)) * SCALE  # reads a global of the script


if __name__ == "__main__":
    interp = ci.create()
    print(interp.call(scaled_sum, 10))  # 135, computed in the other interpreter
