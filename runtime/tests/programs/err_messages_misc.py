# NameError, UnboundLocalError, RecursionError, StopIteration, AssertionError, OverflowError
def show(fn):
    try:
        r = fn()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: undefined_name)
show(lambda: undefined_func(1))
def use_before_assign():
    print(v)
    v = 1
show(use_before_assign)
def aug_local():
    total += 1
total = 0
show(aug_local)
def deep(n):
    return deep(n + 1)
show(lambda: deep(0))
def deep2(n):
    return 1 + deep2(n + 1)
show(lambda: deep2(0))
show(lambda: next(iter(())))
def asserter():
    assert 1 > 2, "one is not greater than two"
show(asserter)
def bare_assert():
    assert []
show(bare_assert)
show(lambda: 10.0 ** 400)
show(lambda: float(10 ** 400))
show(lambda: 2.0 ** 5000)
show(lambda: int("1" * 10) + 1)
def raise_ni():
    raise NotImplementedError("todo")
show(raise_ni)
def raise_rt():
    raise RuntimeError
show(raise_rt)
def raise_mem():
    raise MemoryError("fake")
show(raise_mem)
def raise_lookup():
    raise LookupError("generic lookup")
show(raise_lookup)
def raise_arith():
    raise ArithmeticError("arith")
show(raise_arith)
try:
    raise KeyboardInterrupt
except KeyboardInterrupt as e:
    print("KeyboardInterrupt caught", repr(e))
try:
    raise SystemExit(5)
except SystemExit as e:
    print("SystemExit caught", e.code, e.args)
try:
    import sys
    sys.exit("msg")
except SystemExit as e:
    print("sys.exit caught", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("sys.exit() caught", e.code)
try:
    raise BaseException("base")
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught", e)
