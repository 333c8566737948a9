# A class body's names are not visible to the functions defined in it:
# they see the enclosing function's variables, even one the class body
# rebinds in its own namespace.


def f():
    y = "func"

    class D:
        y = "class"

        def m(self):
            return y

        z = y + "!"

    return D().m(), D.y, D.z, y


print(f())


def counter():
    n = 0

    class C:
        n = 100

        def bump(self):
            nonlocal n
            n += 1
            return n

        @staticmethod
        def peek():
            return n

    c = C()
    c.bump()
    c.bump()
    return n, C.n, C.peek()


print(counter())


def nested():
    x = 1

    class Outer:
        x = 2

        class Inner:
            x = 3

            def get(self):
                return x

        def get(self):
            return x

    return Outer().get(), Outer.Inner().get(), Outer.x, Outer.Inner.x


print(nested())


def uses_only():
    w = "outer"

    class E:
        v = w

        def get(self):
            return w

    return E.v, E().get()


print(uses_only())


def lambdas():
    k = 10

    class F:
        k = 20
        g = lambda self: k
        items = [k for _ in range(2)]

    return F().g(), F.k, F.items


print(lambdas())
