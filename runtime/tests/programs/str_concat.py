# str + str: lengths, indexing and hashing of the result, ASCII and not,
# inline-short and long.
parts = ["", "a", "é", "日本", "😀", "x" * 23, "y" * 24, "z" * 30, "ascii only here"]
seen = {}
for a in parts:
    for b in parts:
        s = a + b
        print(len(s), repr(s[-1:]), s[:2], s == "".join([a, b]), s.upper()[:3])
        seen[s] = seen.get(s, 0) + 1
print(len(seen), sum(seen.values()))
acc = ""
for i in range(40):
    acc = acc + chr(0x41 + i % 26) + ("ß" if i % 7 == 0 else "")
print(acc, len(acc), acc[10], acc[-3:], acc.find("ß", 5))
print(("é" + "") != "", "" + "" == "", len("" + "日"))
try:
    "a" + 1
except TypeError as e:
    print("TE", e)
