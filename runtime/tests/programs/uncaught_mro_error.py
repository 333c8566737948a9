# uncaught TypeError for an inconsistent MRO (CPython's message spans two lines)
class Left(object):
    pass

class Right(object):
    pass

class Both(Left, Right):
    pass

print([c.__name__ for c in Both.__mro__])
class Base:
    pass

class Mixin(Base):
    pass

class Fine(Mixin, Base):
    pass

print([c.__name__ for c in Fine.__mro__])

class Broken(Base, Mixin):
    pass

print("not reached")
