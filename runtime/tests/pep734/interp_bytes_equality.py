# PEP 734 program (expected CPython 3.14 output in the .out beside it; run
# with coral and compare stdout). bytes that crossed an interpreter boundary
# compare equal to the original: Coral's bytes compare by identity (see
# bytes_equality_hash.py), so every line here prints False under Coral.
from concurrent import interpreters

q = interpreters.create_queue()
q.put(b"by")
q.put((1, b"\x00\xff"))
print(q.get() == b"by", q.get() == (1, b"\x00\xff"))
q.put(b"key")
print({b"key": "hit"}.get(q.get()))
a = interpreters.create()
a.prepare_main(raw=b"ab", q=q)
a.exec("print('inside:', raw == b'ab', flush=True)\nq.put(b'back')")
print("back:", q.get() == b"back")
a.close()
