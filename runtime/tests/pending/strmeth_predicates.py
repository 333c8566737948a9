# str predicates: isalpha, isdigit, isalnum, isspace, isupper, islower, istitle, isdecimal,
# isnumeric, isidentifier, isprintable, isascii over ascii and unicode samples
samples = ["abc", "ABC", "Abc", "abc1", "123", "", " ", "\t\n", "\u00a0", "\u2003", "é", "日本", "²", "½", "٣", "Ⅻ",
           "x_1", "_", "1x", "class", "déjà", "a b", "a\x07", "\x7f", "Title Case", "ǅ", "1.5", "-1", "ABC1", "abc!",
           "ⅷ", "𝟙", "ß", "\u200b", "ÀÉ"]
preds = ["isalpha", "isdigit", "isalnum", "isspace", "isupper", "islower", "istitle",
         "isdecimal", "isnumeric", "isidentifier", "isprintable", "isascii"]
print("sample".ljust(14), " ".join(p[2:6] for p in preds))
for s in samples:
    row = " ".join(("T" if getattr(s, p)() else ".").center(4) for p in preds)
    print(ascii(s).ljust(14), row)
# counting characters by category
text = "Hello, World! 123 Ünïcödé ½ ٣"
print(sum(c.isalpha() for c in text), sum(c.isdigit() for c in text), sum(c.isnumeric() for c in text),
      sum(c.isspace() for c in text), sum(c.isupper() for c in text))
# identifier checks
for name in ["valid_name", "2bad", "with-dash", "ünïcode", "_private", "__dunder__", "None", "λ", ""]:
    print(repr(name), name.isidentifier())
# digits that int() accepts
for d in ["123", "٣٤", "²", "½", "𝟙𝟚"]:
    try:
        print(repr(d), int(d))
    except ValueError as e:
        print(repr(d), type(e).__name__)
