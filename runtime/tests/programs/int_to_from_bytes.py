# int.to_bytes and int.from_bytes: orders, signs, lengths and errors.
for f in [lambda: (1024).to_bytes(2,'big'), lambda: (1024).to_bytes(1,'big'), lambda: (-1).to_bytes(2,'big'), lambda: (-1).to_bytes(2,'little',signed=True), lambda: (5).to_bytes(), lambda: int.from_bytes(b'\xff\xfe','little',signed=True), lambda: int.from_bytes([1,2]), lambda: int.from_bytes(b'\x01','middle'), lambda: (5).to_bytes(-1,'big'), lambda: (128).to_bytes(1, 'big', signed=True), lambda: (0).to_bytes(0,'big'), lambda: int.from_bytes(b''), lambda: (5).to_bytes(2, byteorder='little'), lambda: int.from_bytes(bytes=b'\x01\x00', byteorder='little'),
          lambda: (-128).to_bytes(1, 'big', signed=True), lambda: (-129).to_bytes(1, 'big', signed=True), lambda: (255).to_bytes(1, 'big'), lambda: (2**100).to_bytes(13, 'little'), lambda: int.from_bytes((2**100).to_bytes(13, 'little'), 'little'), lambda: (0).to_bytes(1, 'big', signed=True), lambda: int.from_bytes(b'\x80', signed=True), lambda: (7).from_bytes(b'\x02', 'big')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
