# ord and chr
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("\x00"), ord("~"))
print(ord("é"), ord("€"), ord("日"), ord("😀"), ord("\U0010FFFF"), ord("\uffff"))
print(chr(97), chr(65), chr(48), repr(chr(0)), repr(chr(10)), chr(233), chr(8364), chr(26085), chr(128512))
print(chr(0x1F40D), chr(65536), len(chr(1114111)), repr(chr(127)), repr(chr(160)))
print("".join(chr(c) for c in range(65, 91)))
print([ord(c) for c in "Hi!"], sum(ord(c) for c in "abc"))
def caesar(s, k):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        else:
            out.append(c)
    return "".join(out)
print(caesar("hello, world", 3), caesar(caesar("round trip", 13), 13))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
    except OverflowError as e:
        print("OverflowError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
try:
    chr("a")
except TypeError as e:
    print("TypeError:", e)
