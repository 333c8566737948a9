# fill and alignment
s = "core"
for spec in ["10", "<10", ">10", "^10", "*<10", "*>10", "*^10", "-^11", ".^9", "0>8", "^3", "<2", "x^7"]:
    print(f"[{s:{spec}}]", f"[{42:{spec}}]", f"[{-4.5:{spec}}]")
print(f"[{'':5}] [{'':-^5}] [{'ab':^5}] [{'abc':^6}]")
print(f"[{-42:=10}] [{-42:0=10}] [{42:+=10}] [{42:*=+10}] [{-3.5:=8}]")
print(f"[{42:010}] [{-42:010}] [{3.5:08}] [{-3.5:08.2f}]")
print(f"[{'é':*^5}] [{'日本':-<6}] [{'😀':>3}]")
table = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 4.0)]
print(f"{'name':<12}|{'qty':>5}|{'price':>8}")
print("-" * 27)
for name, qty, price in table:
    print(f"{name:<12}|{qty:>5}|{price:>8.2f}")
total = sum(q * p for _, q, p in table)
print(f"{'total':<12}|{'':>5}|{total:>8.2f}")
w = 7
print(f"[{'x':>{w}}] [{'x':^{w - 2}}] [{3.14159:{w}.{2}f}]")
print("[" + format("r", ">4") + "]", "[" + format(7, "03") + "]", format("abc", ""))
