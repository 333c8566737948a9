# ModuleNotFoundError and ImportError: messages and the name attribute
import sys

try:
    import nosuch
except ModuleNotFoundError as e:
    print(type(e).__name__, e, "| name:", e.name)

try:
    import nosuch.sub
except ImportError as e:
    print(type(e).__name__, e, "| name:", e.name)

try:
    from nosuch_either import thing
except ImportError as e:
    print(type(e).__name__, e, isinstance(e, ModuleNotFoundError))

try:
    from l2mod_util import zzz
except ImportError as e:
    print(type(e).__name__, "| name:", e.name, "| is ModuleNotFoundError:", isinstance(e, ModuleNotFoundError))

try:
    from l2mod_util import double, nothere
except ImportError as e:
    print(type(e).__name__, e.name, "double" in dir())

try:
    import l2pkg.nosub
except ModuleNotFoundError as e:
    print(type(e).__name__, e, "| name:", e.name)

try:
    from l2pkg import missing_name
except ImportError as e:
    print(type(e).__name__, e.name)

# a module that fails while executing is not left in sys.modules
for attempt in range(2):
    try:
        import l2mod_raises
    except ValueError as e:
        print("attempt", attempt, type(e).__name__, e, "l2mod_raises" in sys.modules)

print(issubclass(ModuleNotFoundError, ImportError), issubclass(ImportError, Exception))
e = ImportError("custom", name="mod")
print(e, e.name, e.args)
print(ModuleNotFoundError("m").name)
