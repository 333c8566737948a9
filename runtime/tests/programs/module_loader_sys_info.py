# What programs test about their module and the interpreter: __loader__,
# __package__, __cached__, sys.version_info fields, sys.implementation,
# sys.executable.
import sys

print(sorted(k for k in globals() if k.startswith("__") and k != "__annotations__"))
print(__package__, __spec__, __cached__, __loader__ is not None)
print(__loader__.get_filename() == __file__, __loader__.is_package("__main__"))
with open(__file__, "rb") as f:
    print(__loader__.get_data(__file__) == f.read())
v = sys.version_info
print(v.major, v.minor, v[:2], v >= (3, 8), v < (4,), len(v), type(v).__module__)
print(sys.implementation.name in ("cpython", "coral"), sys.implementation.cache_tag is None or True)
print(type(sys.executable), sys.hexversion >= 0x030B0000, sys.maxsize == 2**63 - 1)
import sys, math
print(sys.modules[__name__].__dict__ is globals(), "pi" in math.__dict__, type(math.__dict__).__name__)
