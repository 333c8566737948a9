# A failed allocation in a subinterpreter is an exception there, reported
# as ExecutionFailed; the process and both interpreters go on.
import concurrent.interpreters as ci
interp = ci.create()
for src in ["x = [0] * 10**10", "x = 'y' * 10**10", "x = [None]\nwhile True: x += x"]:
    try:
        interp.exec(src)
    except ci.ExecutionFailed as e:
        print("ExecutionFailed", e.excinfo.type.__name__)
interp.exec("y = [1] * 10\nprint(len(y))")
print("main", len([2] * 10))
