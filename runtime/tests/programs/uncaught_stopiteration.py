# StopIteration escaping at module level (no message)
it = iter([1, 2])
print(next(it))
print(next(it))
print(next(it, "default when exhausted"))
letters = iter("ab")
collected = []
while True:
    ch = next(letters, None)
    if ch is None:
        break
    collected.append(ch)
print(collected)
print(next(it))
