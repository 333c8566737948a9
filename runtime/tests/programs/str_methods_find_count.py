# find / rfind / index / count
s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find(""), s.find("a", 1), s.find("a", 1, 3))
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind(""), s.rfind("a", 0, 5))
print(s.index("c"), s.index("dab"), s.index("a", 4))
print(s.count("a"), s.count("bra"), s.count(""), s.count("z"), s.count("a", 5))
print("aaaa".count("aa"), "".count(""), "".count("a"), "abc".count("", 1))
print(s.find("a", -3), s.find("a", 100), s.rfind("a", -100))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    s.index("a", 20)
except ValueError as e:
    print("ValueError:", e)
pos = 0
found = []
while True:
    pos = s.find("a", pos)
    if pos == -1:
        break
    found.append(pos)
    pos += 1
print(found)
print("日本語日本".find("本"), "日本語日本".rfind("本"), "日本語日本".count("日本"))
text = "the cat sat on the mat with the hat"
print({w: text.count(w) for w in ["the", "at", "cat", "dog"]})
