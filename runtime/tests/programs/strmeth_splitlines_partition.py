# str.splitlines (keepends, every line boundary), partition and rpartition
text = "one\ntwo\r\nthree\rfour\n\nsix"
print(text.splitlines())
print(text.splitlines(keepends=True))
print(text.splitlines(True) == text.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(True), "no newline".splitlines())
print("trailing\n".splitlines(), "trailing\n".split("\n"))
odd = "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i"
print(odd.splitlines())
print([repr(x) for x in odd.splitlines(keepends=True)])
print("x\r\ny\n\rz".splitlines(True))

print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("=start".partition("="), "end=".rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
print("".partition("x"), "".rpartition("x"))
print("héllo wörld".partition("ö"), "aaa".partition("aa"), "aaa".rpartition("aa"))
# parsing with partition
for line in ["name: Ann", "age:31", "invalid", "url: http://x.y:80/"]:
    key, sep, value = line.partition(":")
    print(repr(key.strip()), bool(sep), repr(value.strip()))
path = "/usr/local/lib/python3.11/site.py"
head, _, tail = path.rpartition("/")
stem, dot, ext = tail.rpartition(".")
print(head, tail, stem, ext, dot)
for bad in (lambda: "abc".partition(""), lambda: "abc".rpartition(None), lambda: "abc".splitlines(1.5)):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
