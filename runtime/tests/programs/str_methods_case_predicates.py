# upper/lower and character predicates
words = ["hello", "WORLD", "MiXeD", "123", "abc123", "", " ", "\t\n", "x y", "Ab!"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.isdigit(), w.isalpha(), w.isspace())
print("ß".upper(), "ﬁ".upper(), "Σ".lower(), "ÖL".lower())
print("²".isdigit(), "½".isdigit(), "0".isdigit(), "-1".isdigit(), "1.5".isdigit())
print("é".isalpha(), "_".isalpha(), "日".isalpha(), "a1".isalpha())
print(" \t\r\n\x0b\x0c".isspace(), "\u2003".isspace(), "".isspace(), "a ".isspace())
count_upper = sum(1 for c in "Hello World From Coral" if c.upper() == c and c.isalpha())
print(count_upper)
print("".join(c.upper() if i % 2 == 0 else c.lower() for i, c in enumerate("alternating")))
print("Python".lower() == "python", "PYTHON".upper() is not None)
print([s for s in ["a1", "22", "b", " "] if s.isdigit() or s.isalpha()])
print(hasattr("x", "upper"), hasattr("x", "nope"), callable("x".upper))
