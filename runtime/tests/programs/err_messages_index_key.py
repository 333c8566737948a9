# lookup exception messages
def show(fn):
    try:
        r = fn()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e, "|", repr(e))
show(lambda: [1, 2][5])
show(lambda: [1, 2][-3])
show(lambda: (1, 2)[2])
show(lambda: "ab"[2])
show(lambda: "ab"[-5])
show(lambda: range(3)[3])
show(lambda: {"a": 1}["x"])
show(lambda: {1: 1}[2])
show(lambda: {(1, 2): 0}[(3, 4)])
show(lambda: {None: 0}[0])
show(lambda: {"a": 1}[""])
show(lambda: [].pop())
show(lambda: [1].pop(3))
show(lambda: {}.popitem())
show(lambda: {}.pop("k"))
show(lambda: set().pop())
show(lambda: {1}.remove(2))
show(lambda: [1, 2].remove(3))
show(lambda: [1, 2].index(3))
show(lambda: (1, 2).index(3))
show(lambda: "abc".index("d"))
one_list = [1]
one_tuple = (1,)
one_str = "s"
key_a = "a"
show(lambda: one_list[key_a])
show(lambda: one_tuple[1.0 + 0])
show(lambda: one_str[None or key_a])
show(lambda: {[1]: 2})
show(lambda: {1: 2}[[1]])
show(lambda: {{1}})
show(lambda: set([[1]]))
show(lambda: [1, 2][::0])
def assign():
    lst = [1]
    lst[3] = 0
show(assign)
