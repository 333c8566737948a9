# AttributeError messages for instances, classes, modules and builtins
import math

class Foo:
    a = 1
    def __init__(self):
        self.b = 2

def show(fn):
    try:
        print("ok", fn())
    except AttributeError as e:
        print(type(e).__name__, "|", e, "|", e.args)

f = Foo()
show(lambda: f.x)
show(lambda: Foo.y)
show(lambda: Foo.b)
show(lambda: f.a)
show(lambda: (1).foo)
show(lambda: "s".nope)
show(lambda: [].push)
show(lambda: None.attr)
show(lambda: math.nosuch)
show(lambda: len.x)
show(lambda: {}.x)
show(lambda: Foo.__init__.zz)

def del_missing():
    del f.x
show(del_missing)
def set_on_builtin():
    (5).real = 3
show(set_on_builtin)
def set_on_list():
    [].x = 1
show(set_on_list)
def set_on_object():
    object().x = 1
show(set_on_object)
def del_class_attr_via_instance():
    del f.a
show(del_class_attr_via_instance)
show(lambda: getattr(f, "missing"))
print(getattr(f, "missing", None))
# AttributeError attributes name/obj (3.10+)
try:
    f.zzz
except AttributeError as e:
    print(e.name, e.obj is f)
class Sub(Foo):
    pass
show(lambda: Sub().c)
show(lambda: Sub.c)
