# String indexing and slicing
s = "Hello, World!"
print(s[0], s[7], s[-1], s[-6], s[len(s) - 1])
print(s[0:5], s[7:], s[:5], s[:], s[-6:], s[:-8])
print(s[::2], s[1::2], s[::-1], s[::-2], s[-1:-6:-1])
print(s[10:2:-2], s[2:10:3], s[100:], s[-100:3], s[5:2], repr(s[5:2]))
print(s[3:3] == "", s[-3:-1], s[-1:], s[::100], s[::-100])
print(s[1:100:4], s[-100:100], s[::-1][::-1] == s)
for start in [None, 0, 3, -3]:
    for stop in [None, 5, -2]:
        for step in [None, 1, 2, -1, -3]:
            print(repr(s[start:stop:step]), end=" ")
    print()
t = "abcdef"
print(t[slice(1, 5, 2)], t[slice(None, None, -1)], t[slice(3)])
print("a" in t, "cd" in t, "ce" in t, "" in t, "" in "", "x" not in t)
print(t + "ghi", t * 2, 2 * t, t * 0 == "", t * -3 == "")
print(len(t), len(""), len("  "), len(t[::2]))
i = 0
out = []
while i < len(t):
    out.append(t[i].upper())
    i += 2
print(out)
print([c for c in "xyz"], list("hey"), tuple("ab"))
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a", "abc" == "abc")
print(min("hello"), max("hello"), sorted("hello"))
