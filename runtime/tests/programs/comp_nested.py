# nested comprehensions
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row])
print([[x * 2 for x in row if x % 2] for row in matrix])
print([[i * j for j in range(1, 5)] for i in range(1, 5)])
print(sum(sum(row) for row in matrix), max(max(r) for r in matrix))
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
grid = [["." for _ in range(4)] for _ in range(3)]
grid[1][2] = "#"
print("\n".join("".join(r) for r in grid))
print({k: {x for x in range(k)} for k in range(4)})
print([[c for c in w] for w in ["ab", "", "xyz"]])
identity = [[1 if i == j else 0 for j in range(4)] for i in range(4)]
for row in identity:
    print(row)
print([y for x in [[1, [2]], [3, [4, 5]]] for y in x[1]])
