# struct: pack, unpack, calcsize and their errors, in every byte order.
import struct

for fmt, v in [('b',200),('B',-1),('B',256),('h',40000),('H',-1),('i',2**31),('I',-1),('l',2**63),('L',-1),('q',2**63),('Q',-1),('<b',200),('<B',-1),('<h',40000),('<H',-1),('<i',2**31),('<I',-1),('<q',2**63),('<Q',-1),('>B',300),('i',1.5),('i','x'),('d','x'),('c',b'ab'),('s',1),('?',[]),('3i',1),
               ('I',2**32),('<I',2**32),('<l',2**31),('<L',2**32),('<L',-1),('l',-2**63-1),('<q',-2**63-1),('<Q',2**64),('Q',2**64),('n',2**63),('N',-1),('<i',-2**31-1), ('L',2**64),
               ('>q', -2), ('<Q', 2**64 - 1), ('!h', -300), ('>?', 5), ('i', True), ('>c', b'z')]:
    try:
        print(fmt, v, struct.pack(fmt, v))
    except Exception as e:
        print(fmt, v, type(e).__name__, e)
print(struct.calcsize('bid'), struct.calcsize('<bid'), struct.calcsize('@bhiq'), struct.calcsize('ci'), struct.calcsize('3s2xq'), struct.calcsize(''))
print(struct.pack('5s', b'ab'), struct.pack('5p', b'ab'), struct.unpack('5p', struct.pack('5p', b'ab')), struct.pack('2s', b'abc'))
print(struct.pack('>d', 1.5), struct.pack('<e', 1.5), struct.pack('<e', 65504), struct.unpack('<e', b'\x00\x3c'), struct.pack('<f', 0.1), struct.unpack('<f', struct.pack('<f', 0.1)))
print(struct.pack('<e', 1e-7), struct.pack('<e', 6e-8), struct.pack('<e', -0.0), struct.pack('>e', float('inf')), struct.unpack('<e', b'\x01\x00'))
print(struct.unpack('>iHq', struct.pack('>iHq', -5, 65535, -2**63)), struct.unpack('<3B', b'abc'), struct.unpack('@bq', struct.pack('@bq', 1, 2)))
print(struct.pack('>I 2h', 1, 2, 3), struct.unpack('<d', struct.pack('<d', 3.141592653589793)))
s = struct.Struct('>hhl')
print(s.size, s.format, s.pack(1, 2, 3), s.unpack(s.pack(1, 2, 3)), list(struct.iter_unpack('>h', b'\x00\x01\x00\x02')), struct.unpack_from('>h', b'xx\x00\x07', 2))
for a in [lambda: struct.unpack('i', b'ab'), lambda: struct.calcsize('z'), lambda: struct.calcsize('3'), lambda: struct.pack('i'), lambda: struct.pack('<e', 1e6), lambda: struct.pack('<f', 1e300), lambda: struct.calcsize(5)]:
    try:
        a()
    except Exception as e:
        print(type(e).__name__, e)
print(struct.error, struct.error.__mro__, issubclass(struct.error, Exception))
try:
    struct.pack('B', 999)
except struct.error as e:
    print('caught', e)
