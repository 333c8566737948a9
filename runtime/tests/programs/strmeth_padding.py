# str.zfill, center, ljust, rjust: widths, fill chars, signs, odd padding, unicode
for s in ["42", "-42", "+7", "abc", "", "-", "3.14", "-0.5", "٣"]:
    print(repr(s), repr(s.zfill(6)), repr(s.zfill(1)), repr(s.zfill(0)))
print("12345".zfill(3), "-".zfill(3), "+".zfill(2), "--5".zfill(5))
for w in range(0, 8):
    print(w, "[" + "ab".center(w) + "]", "[" + "abc".center(w, "*") + "]")
print("[" + "x".center(4) + "]", "[" + "xy".center(5) + "]", "[" + "xyz".center(6, "-") + "]")
print("[" + "left".ljust(10) + "]", "[" + "left".ljust(10, ".") + "]", "[" + "left".ljust(2) + "]")
print("[" + "right".rjust(10) + "]", "[" + "right".rjust(10, "0") + "]", "[" + "right".rjust(-3) + "]")
print("[" + "é".center(5, "•") + "]", "[" + "日本".ljust(6, "語") + "]", "[" + "ß".rjust(3, "ß") + "]")
# table formatting with ljust/rjust
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 4.0)]
for name, qty, price in rows:
    print(name.ljust(12, ".") + str(qty).rjust(4) + f"{price:.2f}".rjust(8))
print("total".center(24, "="))
for bad in (lambda: "a".center(5, "ab"), lambda: "a".ljust(5, ""), lambda: "a".rjust("5"),
            lambda: "a".zfill("3"), lambda: "a".center()):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
