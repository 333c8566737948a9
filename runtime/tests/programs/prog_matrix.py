# Matrix utilities with lists of lists
def zeros(r, c):
    return [[0] * c for _ in range(r)]

def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m

def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    rows, inner, cols = len(a), len(b), len(b[0])
    out = zeros(rows, cols)
    for i in range(rows):
        for j in range(cols):
            s = 0
            for k in range(inner):
                s += a[i][k] * b[k][j]
            out[i][j] = s
    return out

def transpose(m):
    return [list(row) for row in zip(*m)]

def mat_pow(m, e):
    result = identity(len(m))
    base = m
    while e > 0:
        if e & 1:
            result = matmul(result, base)
        base = matmul(base, base)
        e >>= 1
    return result

def determinant(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for col in range(n):
        minor = [row[:col] + row[col + 1:] for row in m[1:]]
        sign = -1 if col % 2 else 1
        total += sign * m[0][col] * determinant(minor)
    return total

def show(m, label):
    print(label + ":")
    width = max(len(str(v)) for row in m for v in row)
    for row in m:
        print("  [" + " ".join(f"{v:>{width}}" for v in row) + "]")

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(a, "A")
show(b, "B")
show(matmul(a, b), "A @ B")
show(matmul(b, a), "B @ A")
show(transpose(a), "A^T")
fib = [[1, 1], [1, 0]]
show(mat_pow(fib, 10), "fib^10")
print("fib(90) via matrix power:", mat_pow(fib, 90)[0][1])
print("fib(300) via matrix power:", mat_pow(fib, 300)[0][1])
m3 = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det(m3) =", determinant(m3))
m4 = [[1, 0, 2, -1], [3, 0, 0, 5], [2, 1, 4, -3], [1, 0, 5, 0]]
print("det(m4) =", determinant(m4))
print("det(I5) =", determinant(identity(5)))
f = [[0.5, 1.5], [2.25, -1.0]]
show(matmul(f, f), "float square")
try:
    matmul(a, a)
except ValueError as e:
    print("error:", e)
trace = sum(m3[i][i] for i in range(3))
print("trace(m3) =", trace, "| sum of all =", sum(map(sum, m3)))
print("row maxima:", [max(r) for r in m3], "col minima:", [min(c) for c in zip(*m3)])
