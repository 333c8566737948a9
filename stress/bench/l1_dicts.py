# l1_dicts: dict counting with get/setdefault, tuple keys, `in` tests,
# iteration over items, deletion, and sorting items with key functions.


def rng(seed):
    return (seed * 1103515245 + 12345) % 2147483648


N = 640000
seed = 7
counts = {}
groups = {}
pairs = {}
prev = 0
for i in range(N):
    seed = rng(seed)
    v = (seed >> 12) % 1000
    counts[v] = counts.get(v, 0) + 1
    groups.setdefault(v % 37, []).append(v)
    key = (prev % 50, v % 50)
    if key in pairs:
        pairs[key] += 1
    else:
        pairs[key] = 1
    prev = v
print(f"distinct values {len(counts)}, groups {len(groups)}, pairs {len(pairs)}")

by_count = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print("most common:", by_count[:3], "least common:", by_count[-2:])
sizes = sorted(groups, key=lambda g: (len(groups[g]), g))
print(f"smallest group {sizes[0]} ({len(groups[sizes[0]])}), largest {sizes[-1]} ({len(groups[sizes[-1]])})")
top_pairs = sorted(pairs.items(), key=lambda kv: kv[1], reverse=True)[:3]
print("top pairs:", top_pairs)

index = {}
for g, vals in groups.items():
    for pos, v in enumerate(vals):
        if pos % 3 == 0:
            index[(g, pos)] = v
total = 0
for (g, pos), v in index.items():
    total += g * pos + v
print(f"index entries {len(index)}, weighted total {total}")

removed = 0
for k in list(index):
    if (k[0] + k[1]) % 5 == 0:
        del index[k]
        removed += 1
print(f"removed {removed}, left {len(index)}")

WORDS = 230000
words = {}
for i in range(WORDS):
    w = "w" + str((i * 7919) % 3001)
    entry = words.get(w)
    if entry is None:
        words[w] = [i, i, 1]
    else:
        entry[1] = i
        entry[2] += 1
span = max(words.items(), key=lambda kv: kv[1][1] - kv[1][0])
print(f"words {len(words)}, widest span {span[0]} {span[1]}")

inverted = {}
for w, (first, last, n) in words.items():
    inverted.setdefault(n, set()).add(first % 97)
summary = {n: len(s) for n, s in inverted.items()}
print("occurrence histogram:", sorted(summary.items()))

merged = {}
for d in [counts, {k: -v for k, v in counts.items() if k % 2 == 0}]:
    for k, v in d.items():
        merged[k] = merged.get(k, 0) + v
print(f"merged sum {sum(merged.values())}, zero entries {len([1 for v in merged.values() if v == 0])}")
