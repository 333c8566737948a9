# string operators and comparisons
a, b = "apple", "banana"
print(a < b, a > b, a <= "apple", a >= "apples", a != b, a == "app" + "le")
print("Z" < "a", "10" < "9", "abc" < "abcd", "" == "", "a" * 3 == "aaa")
print(sorted(["pear", "Apple", "apple", "banana", "10", "9", ""]))
print(max(["pear", "fig", "kiwi"]), min(["pear", "fig", "kiwi"]))
print(max(["pear", "fig", "kiwi"], key=len), min(["pear", "fig", "kiwi"], key=len))
s = "ab"
s += "cd"
s *= 2
print(s, len(s))
print("x" in "xyz", "xz" in "xyz", "" in "xyz", "X" in "xyz")
print(str(123) + "4", str(1.5) + str(None), str([1, "a"]), str((1,)))
print("a" "b" == "ab", "-".join(["a"] * 3))
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 2.0
except TypeError as e:
    print("TypeError:", e)
try:
    "a" - "b"
except TypeError as e:
    print("TypeError:", e)
x = "immutable"
try:
    x[0] = "I"
except TypeError as e:
    print("TypeError:", e)
