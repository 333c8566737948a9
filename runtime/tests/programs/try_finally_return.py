# return inside finally and finally ordering
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally"
print(f2())
def f3():
    try:
        1 / 0
    finally:
        return "swallowed"
print(f3())
def f4():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("f4 finally", i)
print(f4())
def f5():
    x = 1
    try:
        return x
    finally:
        x = 99
print(f5())
def f6():
    lst = [1]
    try:
        return lst
    finally:
        lst.append(2)
print(f6())
def f7():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
        return "done"
    finally:
        print("outer finally")
print(f7())
def f8():
    for i in range(3):
        try:
            continue
        finally:
            print("continue-finally", i)
    return "f8"
print(f8())
def f9():
    while True:
        try:
            break
        finally:
            print("break-finally")
    return "f9"
print(f9())
