# Sorting and grouping records stored as tuples
employees = [
    ("Alice", "Engineering", 120000, 2015),
    ("Bob", "Marketing", 85000, 2018),
    ("Carol", "Engineering", 135000, 2012),
    ("Dave", "Sales", 70000, 2020),
    ("Eve", "Engineering", 120000, 2019),
    ("Frank", "Sales", 72000, 2016),
    ("Grace", "Marketing", 91000, 2014),
    ("Heidi", "Sales", 70000, 2013),
    ("Ivan", "Support", 55000, 2021),
    ("Judy", "Engineering", 99000, 2021),
]
NAME, DEPT, SALARY, YEAR = range(4)

def show(title, rows):
    print(title)
    for r in rows:
        print(f"  {r[NAME]:<6} {r[DEPT]:<12} {r[SALARY]:>8,} {r[YEAR]}")

show("by name:", sorted(employees)[:3])
show("by salary desc, then name:", sorted(employees, key=lambda r: (-r[SALARY], r[NAME]))[:5])
show("by year (stable on original order):", sorted(employees, key=lambda r: r[YEAR] // 5))
show("by dept then salary:", sorted(sorted(employees, key=lambda r: r[SALARY], reverse=True), key=lambda r: r[DEPT]))

groups = {}
for r in employees:
    groups.setdefault(r[DEPT], []).append(r)
print("department summary:")
for dept, rows in sorted(groups.items(), key=lambda kv: -len(kv[1])):
    salaries = [r[SALARY] for r in rows]
    avg = sum(salaries) / len(salaries)
    print(f"  {dept:<12} n={len(rows)} min={min(salaries):>7,} max={max(salaries):>7,} avg={avg:>10,.2f}")
top_per_dept = {d: max(rows, key=lambda r: r[SALARY])[NAME] for d, rows in groups.items()}
print("top earners:", top_per_dept)
seniority = sorted(employees, key=lambda r: r[YEAR])
print("most senior:", seniority[0][NAME], "| newest:", [r[NAME] for r in seniority if r[YEAR] == seniority[-1][YEAR]])
raises = [(n, d, s * 105 // 100 if d == "Sales" else s, y) for n, d, s, y in employees]
print("sales after raise:", [(r[NAME], r[SALARY]) for r in raises if r[DEPT] == "Sales"])
ranked = sorted(employees, key=lambda r: r[SALARY], reverse=True)
rank = 0
prev = None
for i, r in enumerate(ranked, 1):
    if r[SALARY] != prev:
        rank = i
        prev = r[SALARY]
    print(f"  #{rank:<2} {r[NAME]:<6} {r[SALARY]}")
names_by_len = sorted((r[NAME] for r in employees), key=len)
print("names by length:", names_by_len)
print("total payroll:", f"{sum(r[SALARY] for r in employees):,}")
print("median salary:", sorted(r[SALARY] for r in employees)[len(employees) // 2])
print("min/max by tuple compare:", min(employees)[NAME], max(employees)[NAME])
