# Failures: exceptions raised by exec/call (excinfo type name and message),
# the interpreter surviving them, NotShareableError, and closed interpreters.
import sys
from concurrent import interpreters

a = interpreters.create()
cases = [
    "raise ValueError('bad value')",
    "{}['missing']",
    "[1, 2][5]",
    "len(5)",
    "undefined_name + 1",
    "(1).nope",
    "int('xyz')",
    "import no_such_module_here",
    "raise RuntimeError('multi', 2)",
    "class AppError(Exception):\n    pass\nraise AppError('custom')",
    "def deep(n):\n    if n == 0:\n        raise LookupError('bottom')\n    deep(n - 1)\ndeep(3)",
    "assert 1 == 2, 'math broke'",
]
kinds = set()
for code in cases:
    try:
        a.exec(code)
        print("no error?")
    except interpreters.ExecutionFailed as e:
        print(e.excinfo.type.__name__, "|", e.excinfo.msg)
        kinds.add((type(e).__name__, isinstance(e, interpreters.InterpreterError)))
print("raised as:", sorted(kinds))
try:
    a.call(len, 3.5)
except interpreters.ExecutionFailed as e:
    print("call:", e.excinfo.type.__name__, "|", e.excinfo.msg)
a.exec("survivor = 'still here'")
sys.stdout.flush()
a.exec("print('state after errors:', survivor, AppError.__name__, flush=True)")
try:
    a.exec(10)
except TypeError:
    print("exec of an int: TypeError")

q = interpreters.create_queue()


def make_closure():
    k = 41
    return lambda: k + 1


gen = (i for i in range(3))
for label, obj in (("closure", make_closure()), ("generator", gen), ("module", sys)):
    try:
        q.put(obj)
        print(label, "was put?")
    except interpreters.NotShareableError as e:
        print(label, "NotShareableError; TypeError:", isinstance(e, TypeError))
print("queue still empty:", q.empty())
print("closure ran here:", make_closure()(), "gen intact:", list(gen))

try:
    interpreters.get_main().close()
except interpreters.InterpreterError as e:
    print("closing main:", isinstance(e, interpreters.InterpreterError))
a.close()
for label, op in (("close", a.close), ("exec", lambda: a.exec("pass")),
                  ("call", lambda: a.call(len, "ab")),
                  ("prepare_main", lambda: a.prepare_main(x=1)),
                  ("is_running", a.is_running)):
    try:
        op()
        print(label, "after close worked?")
    except interpreters.InterpreterNotFoundError as e:
        print(label, "after close: InterpreterNotFoundError", isinstance(e, interpreters.InterpreterError))
print("listed:", [i.id for i in interpreters.list_all()])
