# str.title, capitalize, swapcase, casefold, upper/lower with unicode edge cases
samples = ["hello world", "HELLO WORLD", "hello-world_foo bar", "they're bill's friends", "3rd place 1st",
           "ǆemal ǅ", "ﬁsh ﬂow", "straße", "ΣΊΣΥΦΟΣ", "İstanbul", "o'neil mcdonald", "  spaced  out ", ""]
for s in samples:
    print(repr(s), "|", s.title(), "|", s.capitalize(), "|", s.swapcase())
print("ß".upper(), "ß".lower(), "ß".casefold(), "ß".title(), "ß".swapcase(), "ß".capitalize())
print("ﬁ".upper(), "ﬁ".casefold(), "ǅ".lower(), "ǅ".upper(), "ǅ".swapcase())
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")
print("ΣΑΣ".lower(), "Σ".lower(), "ΑΣ Σ".lower(), "ς".upper(), "ς".casefold())
print("İ".lower(), len("İ".lower()), "ı".upper(), "Ⅻ".lower(), "ⓐ".upper())
print("ŉ".upper(), "ǰ".upper(), len("ǰ".upper()), "µ".upper(), "µ".casefold())
print("aBc123!".swapcase(), "ABC".swapcase().swapcase(), "mIxEd CaSe".capitalize())
print("hello".capitalize(), "HELLO".capitalize(), "1abc".capitalize(), "éCOLE".capitalize())
print("hello   world".title(), "a.b.c".title(), "x1y2z".title(), "ABC DEF".title(), "élan vital".title())
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.casefold))
print(sorted(set(w.casefold() for w in words)))
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".isupper(), "Straße".lower().islower())
# case-insensitive comparisons and lookups
def same(a, b):
    return a.casefold() == b.casefold()
print(same("MASSE", "Maße"), same("ǅ", "ǆ"), same("Σίσυφος", "ΣΊΣΥΦΟΣ"), same("ﬃ", "FFI"))
index = {w.casefold(): w for w in ["Straße", "Ǆemal", "Ὀδυσσεύς"]}
print(index.get("STRASSE".casefold()), index.get("ǆemal".casefold()), len(index))
print([c.upper() for c in "àéîõü"], "ǈ".title(), "ǉ".title(), "Ǉ".lower())
print("hello world".upper().lower().title().swapcase())
