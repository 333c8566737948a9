# l1_floats: float arithmetic: a Mandelbrot set on a grid with the complex
# arithmetic done by hand in floats, plus a float series and math functions.
import math


def mandel(cx, cy, max_iter):
    x = 0.0
    y = 0.0
    for i in range(max_iter):
        x2 = x * x
        y2 = y * y
        if x2 + y2 > 4.0:
            return i
        y = 2.0 * x * y + cy
        x = x2 - y2 + cx
    return max_iter


W = 640
H = 460
MAX_ITER = 100
inside = 0
total_iter = 0
rows = []
for j in range(H):
    cy = -1.2 + 2.4 * j / (H - 1)
    line = []
    for i in range(W):
        cx = -2.1 + 3.0 * i / (W - 1)
        n = mandel(cx, cy, MAX_ITER)
        total_iter += n
        if n == MAX_ITER:
            inside += 1
            line.append("#")
        else:
            line.append(".")
    rows.append("".join(line))
print(f"mandelbrot {W}x{H}: {inside} points inside, {total_iter} iterations")
print(rows[H // 3][W // 2 - 30 : W // 2 + 30])
print(f"mean iterations {total_iter / (W * H)}, inside fraction {inside / (W * H)}")

s = 0.0
for k in range(1, 200001):
    s += 1.0 / (k * k)
print(f"basel sum {s:.10f}, pi estimate {math.sqrt(6.0 * s):.8f}")

acc = 0.0
for k in range(100000):
    t = k * 0.001
    acc += math.sin(t) * math.cos(t / 2.0) + math.exp(-t) - math.log(1.0 + t)
print(f"trig sum {acc:.6f}, floor {math.floor(acc)}, round {round(acc, 3)}")
print(s, acc / 7.0, 0.1 + 0.2, 1e-7 * 3.0, 2.0**0.5)
