# str.split / join
s = "  the quick  brown\tfox\n jumps  "
print(s.split())
print(s.split(" "))
print(s.split(None, 2))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 1))
print("a,b,,c,".split(",", 0))
print("a,b,,c,".split(",", -1))
print("a::b::c".split("::"))
print("".split(), "".split(","), "   ".split(), " ".split(" "))
print("abc".split("abc"), "aaa".split("a"), "aaa".split("aa"))
print("one two three".split(maxsplit=1))
print("k=v=w".split(sep="=", maxsplit=1))
print("x\ny\n\nz".split("\n"))
print("1 2 3".split(" "), [int(p) for p in "10 20 30".split()])
print("  lead".split(" "), "trail  ".split(" "))
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), " - ".join("abc"))
print("".join([]), ",".join([]), ",".join(["solo"]))
print("\n".join(["l1", "l2"]))
print("/".join(str(i) for i in range(5)))
print("+".join(map(str, [1, 2, 3])), "=", sum([1, 2, 3]))
print(", ".join(sorted({"b": 1, "a": 2, "c": 3})))
parts = "2024-01-15".split("-")
y, m, d = parts
print(int(y) + 1, int(m), int(d))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
