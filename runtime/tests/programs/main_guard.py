# __name__ guard
def main():
    print("running main")
    print("name is", __name__)
    return 0
print("module level first")
if __name__ == "__main__":
    result = main()
    print("main returned", result)
else:
    print("imported")
print(__name__ == "__main__")
def helper(x):
    return x * 2
def run():
    values = [helper(i) for i in range(5)]
    print("values", values)
    return sum(values)
if __name__ == "__main__":
    print("run ->", run())
if __name__ != "__main__":
    print("not main")
else:
    print("main again")
print(type(__name__).__name__, len(__name__))
