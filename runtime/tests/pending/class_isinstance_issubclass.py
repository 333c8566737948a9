# isinstance / issubclass with user classes, tuples, nested tuples, builtins, and errors
class Animal: pass
class Mammal(Animal): pass
class Dog(Mammal): pass
class Robot: pass
class RoboDog(Robot, Dog): pass

d, r, rd = Dog(), Robot(), RoboDog()
print(isinstance(d, Dog), isinstance(d, Mammal), isinstance(d, Animal), isinstance(d, object))
print(isinstance(d, Robot), isinstance(rd, Robot), isinstance(rd, Animal))
print(isinstance(d, (Robot, Mammal)), isinstance(r, (Dog, Mammal)), isinstance(r, ()))
print(isinstance(rd, (int, (str, (Dog,)))))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(RoboDog, (int, Mammal)))
print(issubclass(Dog, Dog), issubclass(Dog, object), issubclass(bool, int), issubclass(int, bool))
print(isinstance(True, int), isinstance(1, bool), isinstance(Dog, type), isinstance(Dog, object))
print(issubclass(type, object), isinstance(object, type))

class MyInt(int): pass
class MyList(list): pass
class MyErr(KeyError): pass
print(isinstance(MyInt(3), int), isinstance(MyList(), list), issubclass(MyErr, LookupError))
print(issubclass(MyErr, (ValueError, IndexError)), issubclass(MyErr, Exception))

# filtering with isinstance
things = [1, "a", 2.5, Dog(), [1], MyInt(7), True, None, RoboDog()]
print([type(t).__name__ for t in things if isinstance(t, int)])
print([type(t).__name__ for t in things if isinstance(t, (Animal, list))])

for bad in (lambda: isinstance(d, "Dog"), lambda: issubclass(d, Dog), lambda: issubclass(Dog, 3),
            lambda: isinstance(d, (Dog, 3))):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
