# TypeError for class hierarchies without a consistent MRO
class A: pass
class B(A): pass
class C(A): pass

def attempt(label, make):
    try:
        cls = make()
        print(label, "ok", [k.__name__ for k in cls.__mro__])
    except TypeError as e:
        print(label, type(e).__name__, e)

def m1():
    class X(A, B): pass
    return X
attempt("A,B", m1)

def m2():
    class X(B, A): pass
    return X
attempt("B,A", m2)

class P: pass
class Q: pass
class PQ(P, Q): pass
class QP(Q, P): pass
def m3():
    class X(PQ, QP): pass
    return X
attempt("PQ,QP", m3)

def m4():
    class X(A, A): pass
    return X
attempt("A,A", m4)

def m5():
    class X(C, B, A): pass
    return X
attempt("C,B,A", m5)

def m6():
    class X(object, A): pass
    return X
attempt("object,A", m6)

def m7():
    class X(A, object): pass
    return X
attempt("A,object", m7)
