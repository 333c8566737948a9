# str.maketrans in all three forms and str.translate, with deletion and unicode
t1 = str.maketrans({"a": "1", "b": "22", "c": None, ord("d"): "D", "é": "e"})
print(sorted(t1.items()))
print("abcdé abcd".translate(t1))
t2 = str.maketrans("abc", "xyz")
print(sorted(t2.items()), "aabbcc cab".translate(t2))
t3 = str.maketrans("abc", "xyz", "h!")
print(sorted(t3.items()), "hi abc!".translate(t3))
t4 = str.maketrans("", "", "aeiou")
print("programming language".translate(t4))
# translate with a plain dict of code points, and mapping to longer strings
print("hello".translate({ord("l"): "L", ord("o"): "0"}), "abc".translate({97: "AAA", 98: None}))
print("tab\there".translate({9: "    "}), "x".translate({}), "".translate(t1))
# translate table can be any object with __getitem__ that raises LookupError
class Rot13:
    def __getitem__(self, cp):
        c = chr(cp)
        if "a" <= c <= "z":
            return chr((cp - 97 + 13) % 26 + 97)
        if "A" <= c <= "Z":
            return chr((cp - 65 + 13) % 26 + 65)
        raise LookupError
print("Hello, World!".translate(Rot13()), "Uryyb, Jbeyq!".translate(Rot13()))
class Upper:
    def __getitem__(self, cp):
        return cp - 32 if 97 <= cp <= 122 else None
print("abc-XYZ".translate(Upper()))
# unicode mappings
greek = str.maketrans("abg", "αβγ")
print("a bag".translate(greek), "ﬁ café".translate(str.maketrans({"ﬁ": "fi", "é": "e"})))
# later duplicate keys win in the two-string form
print(str.maketrans("aa", "xy"))
# errors
for bad in (lambda: str.maketrans("abc", "xy"), lambda: str.maketrans({"ab": "x"}), lambda: str.maketrans("a"),
            lambda: str.maketrans({1.5: "x"}), lambda: "abc".translate({97: 5.5}), lambda: str.maketrans("a", "b", 5)):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
