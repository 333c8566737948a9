# Text statistics on a literal multi-line string
TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.

We had everything before us, we had nothing before us;
we were all going direct to Heaven, we were all going direct the other way."""

lines = TEXT.split("\n")
print("lines:", len(lines), "| non-empty:", sum(1 for l in lines if l.strip()))
print("characters:", len(TEXT), "| letters:", sum(1 for c in TEXT if c.isalpha()))
print("spaces:", TEXT.count(" "), "| punctuation:", sum(1 for c in TEXT if c in ",.;"))

def clean(word):
    return word.strip(".,;:").lower()

words = [clean(w) for w in TEXT.split() if clean(w)]
print("words:", len(words), "| unique:", len(sorted(set(words))))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
print("top words:")
for w, c in top:
    print(f"  {w:<8} {c:>3} {'#' * c}")
lengths = {}
for w in words:
    lengths[len(w)] = lengths.get(len(w), 0) + 1
print("length histogram:", dict(sorted(lengths.items())))
avg = sum(len(w) for w in words) / len(words)
print(f"average word length: {avg:.3f}")
longest = max(words, key=len)
print("longest word:", longest, len(longest))
print("words starting with 'w':", sorted({w for w in words if w.startswith("w")}))
letters = {}
for c in TEXT.lower():
    if c.isalpha():
        letters[c] = letters.get(c, 0) + 1
common = sorted(letters, key=lambda c: (-letters[c], c))[:5]
print("common letters:", [(c, letters[c]) for c in common])
print("vowel ratio: {:.2%}".format(sum(letters.get(v, 0) for v in "aeiou") / sum(letters.values())))
for i, line in enumerate(lines, 1):
    if line:
        print(f"{i}: {len(line.split()):2d} words, first={line.split()[0]!r}, last={line.split()[-1]!r}")
caps = [w.strip(".,;") for w in TEXT.split() if w[0].isupper()]
print("capitalized:", caps)
print("title-ish:", " ".join(w[:1].upper() + w[1:] for w in lines[0].split()[:6]))
print("reversed last line:", " ".join(reversed(lines[-1].split()))[:50])
