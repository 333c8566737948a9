# str.rsplit with maxsplit, split comparison, removeprefix, removesuffix
s = "a,b,c,d"
print(s.rsplit(","), s.rsplit(",", 1), s.rsplit(",", 2), s.rsplit(",", 0), s.rsplit(",", -1))
print(s.split(",", 1), s.rsplit(",", maxsplit=1), s.split(sep=",", maxsplit=2))
ws = "  one  two   three  "
print(ws.rsplit(), ws.rsplit(None, 1), ws.rsplit(maxsplit=2), ws.split(None, 1))
print("".rsplit(), "".rsplit(","), ",".rsplit(","), ",,".rsplit(",", 1))
print("a--b--c".rsplit("--", 1), "aaaa".rsplit("aa"), "aaaaa".rsplit("aa"), "aaaaa".split("aa"))
print("x\ty\nz w".rsplit(), "x\ty\nz w".rsplit(None, 2))
path = "pkg.sub.module.Class"
module, _, cls = path.rpartition(".")
print(path.rsplit(".", 1), module, cls)
filename = "archive.tar.gz"
print(filename.rsplit(".", 1)[0], filename.split(".", 1)[0], filename.rsplit(".", 2))

print("unhappy".removeprefix("un"), "unhappy".removeprefix("xx"), "unhappy".removeprefix(""))
print("filename.py".removesuffix(".py"), "filename.py".removesuffix(".txt"), "filename.py".removesuffix(""))
print("aaa".removeprefix("a"), "aaa".removesuffix("a"), "a".removeprefix("a") == "", "".removeprefix("a"))
print("TestCase".removeprefix("test"), "TestCase".removeprefix("Test"), "x.py.py".removesuffix(".py"))
print("ünïcode".removeprefix("ün"), "日本語".removesuffix("語"))
names = ["test_alpha", "test_beta", "helper", "test_"]
print([n.removeprefix("test_") for n in names])
print([f.removesuffix(".txt") for f in ["a.txt", "b.txt.bak", ".txt"]])
s2 = "prefix"
print(s2.removeprefix("prefix") == "", s2.removeprefix("pre") is not s2)
for bad in (lambda: "a".rsplit(""), lambda: "a".removeprefix(None), lambda: "a".removesuffix(1), lambda: "a".rsplit(",", "1")):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
