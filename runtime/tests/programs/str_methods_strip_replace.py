# strip / lstrip / rstrip / replace / startswith / endswith
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xxhixx".lstrip("x")), repr("xxhixx".rstrip("x")))
print(repr("abcHELLOcba".strip("abc")), repr("www.example.com".strip("cmowz.")))
print(repr("".strip()), repr("   ".strip()), repr("abc".strip("")), repr("aaa".strip("a")))
print(repr("12300".rstrip("0")), repr("0.500".rstrip("0").rstrip(".")))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "hello".replace("l", ""))
print("aaaa".replace("a", "b", 2), "aaaa".replace("aa", "b"), "abc".replace("", "-"))
print("abc".replace("x", "y"), "abc".replace("abc", ""), "a.b.c".replace(".", ", "))
print("abc".replace("", "-", 2), "hello".replace("l", "L", 0), "hello".replace("l", "L", -1))
print("hello".startswith("he"), "hello".startswith("lo"), "hello".endswith("lo"))
print("hello".startswith(("x", "h")), "hello".endswith(("a", "b")), "hello".endswith(("", "z")))
print("hello".startswith(""), "".startswith(""), "".endswith("a"))
print("hello".startswith("l", 2), "hello".startswith("l", 3), "hello".endswith("l", 0, 4))
fname = "report.final.txt"
if fname.endswith((".txt", ".md")):
    print("text file:", fname.replace(".txt", ""))
print(" x ".strip() == "x", "\u00a0x\u00a0".strip() == "x")
lines = ["  a  ", "b  ", "  c"]
print([l.strip() for l in lines], [l.rstrip() for l in lines])
