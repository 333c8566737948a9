# Function and code introspection: __closure__ and its cells, __globals__,
# co_freevars/co_cellvars/co_kwonlyargcount/co_posonlyargcount/co_qualname.
def outer():
    x = 1
    y = [2]
    def inner(a, /, b, *args, c, d=4, **kw):
        return x, y
    return inner

f = outer()
print(f.__closure__ is not None, len(f.__closure__), [c.cell_contents for c in f.__closure__])
print(f.__code__.co_freevars, outer.__code__.co_cellvars, outer.__closure__)
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_qualname, f.__code__.co_name, f.__code__.co_varnames)
print(f.__globals__ is globals(), outer.__globals__['outer'] is outer)

def late():
    def g():
        return z
    cell = g.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    z = 5
    print(cell.cell_contents)
late()
print((lambda: 0).__closure__, type(f.__closure__[0]).__name__)
