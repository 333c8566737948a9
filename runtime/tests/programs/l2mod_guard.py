# helper module: the main guard must not fire when imported
def name():
    return __name__

if __name__ == "__main__":
    print("l2mod_guard run as a script")
