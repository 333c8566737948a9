# Unicode strings: len, slicing, case, ord/chr
s = "héllo wörld"
print(s, len(s), s.upper(), s[::-1])
print(s[1], s[-4], s[1:4], s[::-2])
j = "日本語テキスト"
print(j, len(j), j[0], j[-1], j[2:5], j[::-1])
e = "I ❤ 🐍 and 😀!"
print(e, len(e), e[2], e[4], e[-2], e[::-1])
for ch in "aé日😀":
    print(ch, ord(ch), hex(ord(ch)), chr(ord(ch)) == ch)
print(chr(0x1F600), chr(128013), chr(0x10FFFF) == "\U0010FFFF", ord(chr(0x10000)))
print("ÀÉÎÕÜ".lower(), "àéîõü".upper(), "straße".upper(), "ǅ".lower())
print("ΑΒΓ".lower(), "αβγ".upper(), "ДОБРЫЙ".lower())
print("İ".lower() == "i̇", len("İ".lower()))
print("日本" + "語", "日" * 3, "本" in j, "中" in j)
print(j.find("語"), j.index("テ"), j.count("ト"), j.replace("日本", "にほん"))
print("a,é,日".split(","), "–".join(["x", "y"]))
print(sorted(["é", "e", "z", "a", "日", "😀"]))
print("é" < "z", "z" < "é", "😀" > "日")
print("ÉCOLE".isalpha(), "日本".isalpha(), "١٢٣".isdigit(), "\u3000".isspace())
print(repr("naïve café"), ascii_ok := True)
print(f"{'日本':>6}|{'é':^5}|{'😀':<3}|")
print(str("ü"), "ü" == "\u00fc")
word = "résumé"
print([c for c in word if ord(c) > 127], word.count("é"), word.upper())
print(max(word), min(word), word[1:-1])
