# bytes literals: repr (quote choice, escapes), implicit concatenation,
# equality, and bytes inside containers. Equality here is between constants;
# equal bytes that are distinct objects, len() and truthiness are in
# tests/pending/bytes_equality_hash.py and bytes_len_bool.py.
print(b'')
print(repr(b''))
print(b'abc', repr(b'abc'))
print(b"it's")
print(b'say "hi"')
print(b'both \' and "')
print(b'\x00\xff\n\t\\')
print(b'\r\x7f\x80 \x1b[0m')
print(b'\101\102\103', b'\0', b'\x41')
print(b'a' b'b', b'a' b'' b'c')
print(b'line1\
line2')
print(rb'\n raw \x00', br'\d+')
print(B'upper prefix', Rb'\t')
print(b"""triple
quoted""")
print(b'a' == b'a', b'a' == b'b', b'a' != b'ab', b'' == b'')
print(b'a' == 'a')
print((b'x', b'', b"it's"))
print([b'\x00', b'ok'], {b'k': b'v'})
t = (b'one',)
print(t, t == (b'one',))
x = b'hello'
y = b'hel' b'lo'
print(x == y, x, y)
print(type(b'').__name__)
