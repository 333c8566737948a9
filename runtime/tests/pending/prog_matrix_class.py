# whole program: a Matrix class with operator dunders, iteration, equality, hashing and errors
class MatrixError(ValueError):
    pass

class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise MatrixError("rows must be non-empty and equal length")
        self.rows = rows
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __str__(self):
        w = max(len(str(v)) for row in self for v in row)
        return "\n".join(" ".join(str(v).rjust(w) for v in row) for row in self)
    def __iter__(self):
        return iter(self.rows)
    def __len__(self):
        return len(self.rows)
    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            r, c = idx
            return self.rows[r][c]
        return self.rows[idx]
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __hash__(self):
        return hash(tuple(map(tuple, self.rows)))
    def __add__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape != other.shape:
            raise MatrixError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self, other)])
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Matrix([[v * k for v in row] for row in self])
        return NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, other):
        (n, m), (m2, p) = self.shape, other.shape
        if m != m2:
            raise MatrixError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self])
    def __pow__(self, n):
        result = Matrix.identity(len(self))
        for _ in range(n):
            result = result @ self
        return result
    def __neg__(self):
        return -1 * self
    def transpose(self):
        return Matrix(zip(*self.rows))

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b, a * 3, 2 * a, -a, sep="\n---\n")
print(repr(a @ b), repr(b @ a), a.shape, len(a), a[1], a[1, 0])
fib = Matrix([[1, 1], [1, 0]]) ** 30
print(fib[0, 1], Matrix.identity(3))
print(Matrix([[1, 2, 3]]).transpose(), (Matrix([[1, 2, 3]]) @ Matrix([[1], [2], [3]])).rows)
print(a == Matrix([[1, 2], [3, 4]]), a == b, a != b, len({a, Matrix([[1, 2], [3, 4]]), b}))
print([sum(row) for row in a], max(v for row in a for v in row), list(map(list, zip(*a))))
for bad in (lambda: a + Matrix([[1, 2, 3]]), lambda: a @ Matrix([[1, 2, 3]]), lambda: Matrix([[1], [1, 2]]),
            lambda: a + 1, lambda: a * "x", lambda: Matrix([])):
    try:
        bad()
    except MatrixError as e:
        print("MatrixError", e)
    except TypeError as e:
        print("TypeError", e)
