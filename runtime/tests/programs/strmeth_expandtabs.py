# str.expandtabs: default tab size, custom sizes, column resets at newlines, zero and negative sizes
samples = ["a\tb", "\tx", "abc\tdef\tg", "12345678\tX", "1234567\tX", "a\tb\nc\td", "no tabs", "\t\t", "x\r\ty"]
for s in samples:
    print(repr(s), "->", repr(s.expandtabs()))
for size in (0, 1, 2, 4, 5, -3):
    print(size, repr("a\tbc\tdef\tg".expandtabs(size)))
print(repr("a\tb".expandtabs(tabsize=3)))
# tab-separated table rendered with expandtabs
table = "name\tqty\tprice\napple\t3\t1.50\nwatermelon\t1\t4.00\n"
print(table.expandtabs(12), end="")
print(table.expandtabs(4), end="")
# unicode characters count as one column
print(repr("é\tx".expandtabs(4)), repr("日本\tx".expandtabs(4)))
# equivalence with a manual implementation
def manual(s, size=8):
    out = []
    col = 0
    for ch in s:
        if ch == "\t":
            if size > 0:
                n = size - col % size
                out.append(" " * n)
                col += n
        elif ch in "\n\r":
            out.append(ch)
            col = 0
        else:
            out.append(ch)
            col += 1
    return "".join(out)
for s in samples:
    for size in (1, 3, 8):
        assert manual(s, size) == s.expandtabs(size), (s, size)
print("manual matches")
try:
    "a\tb".expandtabs("4")
except TypeError as e:
    print(type(e).__name__, e)
