# PEP 734 program (expected CPython 3.14 output in the .out beside it).
# CPython keeps one Interpreter object per id in each interpreter
# (get_main() is get_main(), Interpreter(id) returns it; CPython's
# test_interpreters.test_api GetMainTests/GetCurrentTests/InterpreterObjectTests),
# and a snapshot of an exception class keeps its __module__. Coral builds a
# new object on each lookup, Interpreter(int) raises TypeError ("expected an
# interpreter handle"), and every excinfo.type.__module__ is 'builtins'.
from concurrent import interpreters

main = interpreters.get_main()
print("get_main twice:", interpreters.get_main() is main)
print("get_current is main:", interpreters.get_current() is main)
a = interpreters.create()
print("list_all shares objects:", all(
    i is main or i is a for i in interpreters.list_all()))
try:
    print("Interpreter(id):", interpreters.Interpreter(a.id) is a,
          interpreters.Interpreter(0) is main)
except TypeError as e:
    print("Interpreter(id) TypeError")
try:
    interpreters.Interpreter(1_000_000)
except interpreters.InterpreterNotFoundError:
    print("unknown id: InterpreterNotFoundError")
except TypeError:
    print("unknown id: TypeError")
for code in ("raise ValueError('v')", "class AppError(Exception):\n    pass\nraise AppError('x')"):
    try:
        a.exec(code)
    except interpreters.ExecutionFailed as e:
        t = e.excinfo.type
        print(t.__name__, t.__qualname__, t.__module__)
a.close()
