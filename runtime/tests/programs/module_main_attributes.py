"""The main module's attributes and sys's view of the script, as CPython
sets them."""
import sys

print(__name__, __doc__ is not None, __spec__)
print(__file__.startswith("/"), __file__.endswith("/module_main_attributes.py"))
print(sys.path[0] == __file__.rsplit("/", 1)[0])
print(sys.argv[0] == "module_main_attributes.py")
print(sys.modules["__main__"].__name__, "__builtins__" in globals())
