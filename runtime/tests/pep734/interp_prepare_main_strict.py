# PEP 734 program (expected CPython 3.14 output in the .out beside it).
# prepare_main() binds only strictly shareable objects: CPython 3.14 fills the
# namespace with _PyXIDATA_XIDATA_ONLY (no pickle fallback), so a dict or a
# list raises NotShareableError and nothing is bound (CPython's
# test_interpreters.test_api TestInterpreterPrepareMain.test_not_shareable);
# an empty prepare_main() raises ValueError (test_empty). Coral copies dicts
# and lists across and accepts the empty call.
from concurrent import interpreters

a = interpreters.create()
for label, kwargs in (("dict", {"spam": {"a": 1}}), ("list", {"eggs": [1, 2]})):
    try:
        a.prepare_main(**kwargs)
        print(label, "bound?")
    except interpreters.NotShareableError as e:
        print(label, "NotShareableError, a TypeError:", isinstance(e, TypeError))
for name in ("spam", "eggs"):
    try:
        a.exec("print(%s)" % name)
        print(name, "exists?")
    except interpreters.ExecutionFailed as e:
        print(name, "unbound:", e.excinfo.type.__name__)
try:
    a.prepare_main()
    print("empty accepted?")
except ValueError:
    print("empty: ValueError")
a.prepare_main({"ok": (1, "two")}, more=None)
a.exec("print('bound:', ok, more, flush=True)")
a.close()
