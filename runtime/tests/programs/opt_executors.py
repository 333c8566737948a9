# Executors in hot loops: created, invalidated when asked, created again,
# and results unchanged throughout. Runs under python3 too (no _coral
# there): only the printed results are compared.
try:
    import _coral
except ImportError:
    _coral = None

ON = _coral is not None and _coral.optimizer() != "none"
if _coral is not None:
    _coral.set_hot_threshold(8)


def total(n):
    s = 0
    for i in range(n):
        s += i * i - (i // 3)
    return s


def countdown(n):
    k = 0
    while n > 0:
        n -= 1
        k += 2
    return k


print(total(10), countdown(5))
for rnd in range(4):
    print(rnd, total(1000), countdown(1000))
    if ON:
        assert _coral.executors(total), "a hot for loop has an executor"
        assert _coral.executors(countdown), "a hot while loop has an executor"
        at = _coral.executors(total)[0]
        ex = _coral.get_executor(total, at)
        assert ex["optimizer"] == _coral.optimizer(), ex
        assert ex["hits"] > 0, ex
        assert _coral.get_executor(total, at + 1) is None
        listing = _coral.dis(total)
        assert "ENTER_EXECUTOR" in listing and "JUMP_BACKWARD" in listing, listing
    if _coral is not None and rnd == 1:
        before = _coral.stats()["executors_invalidated"]
        _coral.invalidate_all()
        assert _coral.executors(total) == []
        assert _coral.executors(countdown) == []
        assert "ENTER_EXECUTOR" not in _coral.dis(total)
        if ON:
            assert _coral.stats()["executors_invalidated"] > before

if ON:
    s = _coral.stats()
    assert s["executors_created"] >= 4, s
    assert s["enter_executor_hits"] > 1000, s

# Loops of every shape keep their results whatever runs them.
print(sum(x for x in range(5000) if x % 7 == 3))
print([y * 2 for y in range(3000)][-3:])
print({k: k % 5 for k in range(2000)}[1999])
acc = []
for a in range(60):
    for b in range(60):
        if (a + b) % 59 == 0:
            acc.append((a, b))
print(len(acc), acc[:3])
n = 0
try:
    while True:
        n += 1
        if n == 3000:
            raise ValueError(n)
except ValueError as e:
    print("raised at", e)


def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1


print(sum(gen(4000)))
print(-7 // 2, 7 % -3, 2 ** 100)
