# Values crossing interpreters: big ints, floats, nested tuples, bytes, None
# through queues and prepare_main, and a subinterpreter that sends results back.
# (Equality of bytes that crossed: tests/pending/interp_bytes_equality.py.)
from concurrent import interpreters

q = interpreters.create_queue()
plain = [2**100, -(2**70), 0, -1, 1.5, -0.0, 1e300, float("inf"), 2.0**-1074,
         (1, (2, (3, "x"))), ((), ((),)), None, True, False, "", "héllo",
         (2**80, None)]
raw = [b"", b"\x00\xff\n", (1, (b"by", None))]
for v in plain + raw:
    q.put(v)
print("qsize:", q.qsize())
got = [q.get() for _ in plain]
print(got)
print("equal:", got == plain, "types kept:", all(type(a) is type(b) for a, b in zip(got, plain)))
print("bytes:", [q.get() for _ in raw], q.empty(), flush=True)

a = interpreters.create()
a.prepare_main(fl=2.5, neg=-7, nest=((1, 2), ((3,), None)), raw=b"\x00ab",
               nothing=None, flag=False, text="tab\there", huge=2**62)
a.exec("""
print("in a:", fl, neg, nest, raw, nothing, flag, repr(text), huge)
print("in a types:", type(fl).__name__, type(nest[1][0]).__name__, type(raw).__name__, flush=True)
""")

inq = interpreters.create_queue()
outq = interpreters.create_queue()
a.prepare_main(inq=inq, outq=outq)
inq.put(2**100)
inq.put((1.25, b"bytes", (None, (7,))))
a.exec("""
big = inq.get()
outq.put(big * 2 + 1)
outq.put(type(big).__name__)
t = inq.get()
outq.put((t[0] * 4, t[1], t[2][1][0] * 6, t[2][0] is None))
outq.put(-big)
outq.put(None)
outq.put(0.1 + 0.2)
""")
print("back:", outq.get() == 2**101 + 1, outq.get())
print("tuple back:", outq.get())
print("neg big:", outq.get() == -(2**100), "none:", outq.get(), "float:", outq.get())
print("drained:", outq.empty(), inq.empty())

b = interpreters.create()
shared = interpreters.create_queue()
for worker, k in ((a, 3), (b, 5)):
    worker.prepare_main(res=shared, k=k)
    worker.exec("res.put((k, sum(i ** k for i in range(1, 11)), float(k) / 2))")
print("from workers:", sorted(shared.get() for _ in range(2)))
a.close()
b.close()
