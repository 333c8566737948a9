class A:
    __x = 1
    def __m(self): return self.__x
    def go(self): return self.__m(), A.__x, A._A__x
print(A().go(), hasattr(A, "_A__m"))
class _B:
    __y = 2
print(_B._B__y)
print([k for k in A.__dict__ if "x" in k or "m" in k])
