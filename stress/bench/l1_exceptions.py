# l1_exceptions: try/except/else/finally in hot loops: int() parsing that
# sometimes raises ValueError, KeyError/IndexError/ZeroDivisionError caught,
# and exceptions raised explicitly and propagated through several frames.


def make_tokens(n):
    tokens = []
    seed = 12345
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        r = (seed >> 10) % 10
        if r < 6:
            tokens.append(str((seed >> 4) % 100000 - 50000))
        elif r < 8:
            tokens.append(f"x{r}{i % 97}")
        elif r == 8:
            tokens.append("")
        else:
            tokens.append(f"{i % 1000}.5")
    return tokens


def parse_all(tokens):
    total = 0
    bad = 0
    for t in tokens:
        try:
            total += int(t)
        except ValueError:
            bad += 1
    return total, bad


def lookup_all(table, keys):
    hits = 0
    misses = 0
    for k in keys:
        try:
            hits += table[k]
        except KeyError:
            misses += 1
    return hits, misses


def check(v):
    if v % 7 == 3:
        raise ValueError("bad value " + str(v))
    return v * 2


def deep(v, depth):
    if depth == 0:
        return check(v)
    return deep(v + 1, depth - 1) + 1


N = 460000
tokens = make_tokens(N)
total, bad = parse_all(tokens)
print(f"parsed {N - bad} ints, sum {total}, {bad} failures")

table = {}
for i in range(0, 3000, 3):
    table["k" + str(i)] = i
keys = ["k" + str(i % 3000) for i in range(N)]
hits, misses = lookup_all(table, keys)
print(f"lookups: hit sum {hits}, misses {misses}")

items = list(range(50))
index_errors = 0
zero_div = 0
acc = 0
finally_count = 0
for i in range(N):
    try:
        acc += items[i % 60] // ((i % 11) - 5)
    except IndexError:
        index_errors += 1
    except ZeroDivisionError:
        zero_div += 1
    else:
        acc += 1
    finally:
        finally_count += 1
print(f"index errors {index_errors}, zero divisions {zero_div}, acc {acc}, finally {finally_count}")

caught = 0
ok_sum = 0
last_msg = ""
for i in range(N // 3):
    try:
        ok_sum += deep(i, 5)
    except ValueError as e:
        caught += 1
        last_msg = str(e)
print(f"deep calls: ok sum {ok_sum}, caught {caught}, last message {last_msg!r}")

nested = 0
for i in range(N // 3):
    try:
        try:
            if i % 4 == 0:
                raise KeyError(i)
            nested += 1
        except KeyError:
            nested += 2
            if i % 8 == 0:
                raise
    except KeyError as e:
        nested += 3
print(f"nested handlers: {nested}")
