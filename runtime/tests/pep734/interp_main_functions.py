# Functions of the main script in another interpreter (PEP 734, CPython
# 3.14): a stateless one travels as code; one that reads the script's
# globals is found by name, in the target's __main__ or else in the script
# run there once, under a name that keeps the __main__ block quiet.
import concurrent.interpreters as ci

print("top level")
X = 10

def stateless(a, b):
    return a + b

def stateful(a):
    return a + X

class Tools:
    @staticmethod
    def scaled(a):
        return a * X

def fails():
    return undefined_name

if __name__ == "__main__":
    interp = ci.create()
    print(interp.call(stateless, 1, 2))
    print(interp.call(stateful, 1))
    print(interp.call(stateful, 2))
    print(interp.call(Tools.scaled, 3))
    try:
        interp.call(fails)
    except ci.ExecutionFailed as e:
        print("ExecutionFailed", e.excinfo.type.__name__)
    interp.exec("X = 100\ndef stateful(a): return a * X")
    print(interp.call(stateful, 3))
    other = ci.create()
    print(other.call(stateful, 4))
