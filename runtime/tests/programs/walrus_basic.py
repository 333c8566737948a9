# assignment expressions (walrus)
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list of", n)
print([y for x in data if (y := x * 2) > 6])
values = iter([5, 3, 0, 7])
total = 0
while (v := next(values)) != 0:
    total += v
print("total before zero:", total)
print((a := 10) + a, a)
chunks = []
s = "abcdefghij"
i = 0
while chunk := s[i:i + 3]:
    chunks.append(chunk)
    i += 3
print(chunks)
print(any((hit := x) > 8 for x in data), hit)
def f(x):
    return x * x
print([r for x in range(6) if (r := f(x)) % 2 == 0])
m = {"key": 42}
if (found := m.get("key")) is not None:
    print("found", found)
if (missing := m.get("nope")) is None:
    print("missing is", missing)
count = 0
while (count := count + 1) < 5:
    pass
print("count", count)
stack = [1, 2, 3]
while stack and (top := stack.pop()) != 1:
    print("popped", top)
print("stack", stack, "top", top)
print(f"{(w := 7) * 2} {w}")
