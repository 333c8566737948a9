# l1_strings: string building on a generated text: split/join/replace/find,
# slicing, capitalize/upper/lower, f-strings, ord/chr, str() and comparisons.

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "po", "qu", "ir"]


def make_word(seed):
    parts = []
    n = 1 + (seed >> 8) % 4
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        parts.append(SYLLABLES[(seed >> 16) % len(SYLLABLES)])
    return "".join(parts), seed


def make_text(n_words):
    words = []
    seed = 42
    for i in range(n_words):
        w, seed = make_word(seed)
        if i % 11 == 0:
            w = w.capitalize()
        words.append(w)
        if i % 17 == 16:
            words.append("\n")
    return " ".join(words)


def caesar(s, k):
    out = []
    for ch in s:
        o = ord(ch)
        if 97 <= o <= 122:
            out.append(chr((o - 97 + k) % 26 + 97))
        elif 65 <= o <= 90:
            out.append(chr((o - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


WORDS = 80000
ROUNDS = 8
PAL = 600000
text = make_text(WORDS)
print(f"text: {len(text)} chars, {text.count(chr(10))} lines")

total_len = 0
checksum = 0
for r in range(ROUNDS):
    lines = text.split("\n")
    out = []
    for ln in lines:
        ln = ln.strip()
        if not ln:
            continue
        words = ln.split(" ")
        first = words[0]
        last = words[-1]
        swapped = ln.replace("ka", "KA").replace("zero", "0")
        pos = swapped.find("KA")
        tag = f"{first[:3]}|{last[-2:]}|{len(words):02d}|{pos:>4}"
        out.append(tag + ":" + "-".join([w[::-1] for w in words if len(w) > 3]))
    joined = "\n".join(out)
    total_len += len(joined)
    for ch in joined[:: 7 + r]:
        checksum = (checksum * 131 + ord(ch)) % 1000000007
print(f"rebuilt {ROUNDS} times: total length {total_len}, checksum {checksum}")

counts = {}
for w in text.lower().split():
    key = w[:2]
    counts[key] = counts.get(key, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print("top prefixes:", " ".join([f"{k}={v}" for k, v in top]))

pal = 0
acc = ""
for i in range(PAL):
    s = str(i * 7919)
    if s == s[::-1]:
        pal += 1
    if i % 7919 == 0:
        acc += s[len(s) // 2]
print(f"palindromic multiples below {PAL}: {pal}, middle digits {acc}")
ka_words = [w for w in text.split() if w.upper().startswith("KA")]
print(f"words starting with ka: {len(ka_words)}")

secret = text
shift = 0
for k in [3, 5, 7, 11, 13, 17, 19, 23]:
    secret = caesar(secret, k)
    shift += k
print(f"caesar: {secret[:24]!r}, round trip {caesar(secret, 26 - shift % 26) == text}")
