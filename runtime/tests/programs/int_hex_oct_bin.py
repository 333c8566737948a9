# hex, oct, bin builtins and round-trips
for n in [0, 1, 7, 8, 15, 16, 255, 256, -1, -255, 2 ** 64, -(2 ** 64), 2 ** 100 + 5]:
    print(n, hex(n), oct(n), bin(n))
print(hex(True), oct(False), bin(True))
for n in [0, 10, -10, 3735928559]:
    print(int(hex(n), 16) == n, int(oct(n), 8) == n, int(bin(n), 2) == n)
print(f"{255:x} {255:X} {255:o} {255:b}")
print(f"{255:#x} {255:#X} {255:#o} {255:#b}")
print(f"{-255:#x} {-255:x} {-5:b}")
print(f"{255:08b} {255:#010b} {5:#06x}")
print(f"{2 ** 40:_x} {2 ** 40:_b}")
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print(0xdead_beef, 0b_1111_0000, 0o_777)
