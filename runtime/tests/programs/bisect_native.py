# bisect's functions are builtins as in CPython (its C accelerator): argument
# rules and errors, comparison order with a logging __lt__, key=, __index__
# bounds, and insort through a sequence's own insert.
import bisect
for f in (lambda: bisect.bisect_left([1],1,-1), lambda: bisect.bisect_left(), lambda: bisect.bisect_left([1],1,0,5), lambda: bisect.bisect_left({},1), lambda: bisect.bisect_left(None,1,0,2), lambda: bisect.insort_left((1,),1), lambda: bisect.bisect_left([1],1,'a'), lambda: bisect.bisect_left([1],1,0,'a'), lambda: bisect.bisect_left([1],1,x=2), lambda: bisect.insort([1], 2, 0, 1, 4), lambda: bisect.bisect([1], 1, 0, 1, 2, 3), lambda: bisect.bisect([1], 1, k=3), lambda: bisect.bisect_left([1], 1, 0, None, key=None), lambda: bisect.bisect(x=1, a=[0, 1, 2]), lambda: bisect.bisect_right([1]), lambda: bisect.bisect(a=[1], lo=0, hi=1, key=None, x=2, y=3)):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(bisect.bisect, bisect.insort, bisect.bisect_left)
class I:
    def __init__(s, v): s.v = v
    def __index__(s): return s.v
log = []
class K:
    def __init__(s, v): s.v = v
    def __lt__(s, o): log.append((s.v, o.v)); return s.v < o.v
a = [K(i) for i in range(0, 100, 3)]
print(bisect.bisect_left(a, K(50)), bisect.bisect_right(a, K(51), I(2), I(30)), log)
b = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, v); bisect.insort_left(b, v)
print(b)
rows = [(1, 'a'), (3, 'b'), (5, 'c')]
bisect.insort(rows, (4, 'd'), key=lambda r: r[0])
print(rows, bisect.bisect_left(rows, 3, key=lambda r: r[0]))
class Seq:
    def __init__(s): s.d = [1, 3, 5]
    def __len__(s): return len(s.d)
    def __getitem__(s, i): return s.d[i]
    def insert(s, i, x): s.d.insert(i, x); print('insert', i, x)
sq = Seq(); bisect.insort(sq, 4); print(sq.d, bisect.bisect(sq, 2))
