b = b'hello world'
print(b[0], b[-1], b[1:4], b[::-1], b[::2], list(b[:3]))
print(b + b'!', b * 2, 2 * b'ab', b'' * 5)
print(b < b'hellp', b == b'hello world', b > b'', b'a' in b'cat', 97 in b'cat', 98 in b'cat')
print(b.decode(), b.upper(), b.split(), b.split(b'o'), b.split(b'o', 1), b'  x y  '.split())
print(b.find(b'o'), b.rfind(b'o'), b.find(111), b.index(b'w'), b.count(b'l'), b.count(b''))
print(b.replace(b'l', b'L'), b.replace(b'l', b'L', 2), b''.replace(b'', b'x'), b'ab'.replace(b'', b'-'))
print(b.startswith(b'he'), b.endswith((b'x', b'ld')), b.strip(b'hd'), b'  x \n'.strip())
print(b.partition(b' '), b.rpartition(b'z'), b'a\nb\r\nc\rd'.splitlines(), b'a\nb\n'.splitlines(True))
print(b.hex(), bytes.fromhex('de ad be ef'), b''.fromhex('00ff'))
print(bytes(3), bytes([65, 66]), bytes(range(4)), bytes('é', 'utf-8'), bytes('é', encoding='latin-1'), bytes(b'x'), bytes())
print('aé€'.encode(), 'aé€'.encode('utf-8').decode('utf-8'), 'abc'.encode('ascii'))
print('aé€'.encode('ascii', 'replace'), 'aé€'.encode('ascii', 'backslashreplace'), 'aé'.encode('ascii', 'xmlcharrefreplace'), 'aé'.encode('latin-1', 'ignore'))
print(b'a\xffb'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'backslashreplace'), b'a\xffb'.decode('utf-8', 'ignore'), b'\xe9'.decode('latin-1'))
print(b'-'.join([b'a', b'b', b'c']), b''.join([]), len(b'abc'), hash(b'ab') == hash(b'ab'), {b'a': 1}[b'a'])
print(sorted([b'b', b'a', b'ab']), b'abc'.isalpha(), b'12'.isdigit(), b''.isdigit(), b'a b'.isspace(), b'xy'.removeprefix(b'x'), b'xy'.removesuffix(b'y'))
print(str(b'x'), repr(b"it's"), [c for c in b'hi'], tuple(reversed(b'abc')), max(b'abc'))
cases = [
    lambda: b'\xff'.decode(),
    lambda: b'a\xc3'.decode(),
    lambda: b'\xc3a'.decode(),
    lambda: b'\xe2\x82'.decode(),
    lambda: 'é'.encode('ascii'),
    lambda: '€'.encode('latin-1'),
    lambda: b'\x80'.decode('ascii'),
    lambda: 'ab'.encode('foo'),
    lambda: bytes([300]),
    lambda: bytes('x'),
    lambda: bytes(1.5),
    lambda: b'a' + 'b',
    lambda: b'a'[5],
    lambda: 'x' in b'a',
    lambda: 300 in b'a',
    lambda: b'a'.join(['a']),
    lambda: bytes.fromhex('zz'),
    lambda: b'a' < 'a',
    lambda: bytes(-1),
    lambda: b'a'[str(1)],
    lambda: b'a'.split(b''),
    lambda: b'ab'.index(b'z'),
    lambda: b'a'.startswith('a'),
    lambda: b'ab' * 'x',
    lambda: b'a'.decode('utf-8', 'bogus'),
    lambda: b'\xff'.decode('utf-8', 'bogus'),
    lambda: bytes('a', 'utf-8', 'strict', 4),
    lambda: bytes(encoding='utf-8'),
    lambda: 'a'.encode(1),
]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(bytes(True), True in b"\x01", False in b"a")
