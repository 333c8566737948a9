# l1_loops: nested while/for loops with int arithmetic only.
# Collatz sequence lengths below N (while loop) and digit sums (nested loops).


def collatz_len(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def digit_sum(n):
    s = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s


N = 140000
best = 0
best_n = 1
total_steps = 0
for i in range(1, N):
    c = collatz_len(i)
    total_steps += c
    if c > best:
        best = c
        best_n = i
print(f"collatz below {N}: longest {best} steps at {best_n}, total {total_steps}")

M = 240
digits_total = 0
matches = 0
for a in range(M):
    da = digit_sum(a)
    for b in range(M):
        db = digit_sum(b)
        if da + db == digit_sum(a * b + a + b):
            matches += 1
        digits_total += da * db
print(f"digit sums over {M}x{M}: total {digits_total}, matches {matches}")

acc = 0
i = 0
while i < 300000:
    acc = (acc * 31 + i) % 1000003
    i += 1
print(f"lcg accumulator: {acc}")
