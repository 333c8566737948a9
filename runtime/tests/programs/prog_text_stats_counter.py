# whole program: text statistics with Counter, defaultdict, string and str methods
from collections import Counter, defaultdict
import string

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.

We had everything before us, we had nothing before us; we were all going direct
to Heaven, we were all going direct the other way."""

table = str.maketrans("", "", string.punctuation)
words = [w.lower() for w in TEXT.translate(table).split()]
counts = Counter(words)
print("words:", len(words), "distinct:", len(counts))
print("top:", counts.most_common(6))
print("hapax:", sorted(w for w, n in counts.items() if n == 1)[:8])

lengths = Counter(len(w) for w in words)
for length in sorted(lengths):
    print(f"{length:2d} {'#' * lengths[length]}")

by_initial = defaultdict(set)
for w in words:
    by_initial[w[0]].add(w)
print({k: sorted(v) for k, v in sorted(by_initial.items()) if len(v) >= 3})

letters = Counter(c for c in TEXT.lower() if c in string.ascii_lowercase)
print("letters:", letters.most_common(5), "vowels:", sum(letters[v] for v in "aeiou"))

paragraphs = [p for p in TEXT.split("\n\n")]
for i, p in enumerate(paragraphs, 1):
    sents = [s.strip() for s in p.replace(";", ".").split(".") if s.strip()]
    print(f"paragraph {i}: {len(p.splitlines())} lines, {len(p.split())} words, {len(sents)} sentences")

bigrams = Counter(zip(words, words[1:]))
print("bigrams:", [" ".join(b) + f"={n}" for b, n in bigrams.most_common(4)])
first, second = Counter(words[:40]), Counter(words[40:])
print("only first half:", sorted((first - second).keys())[:6])
print("common:", sorted((first & second).items())[:5])
longest = max(counts, key=lambda w: (len(w), w))
print("longest:", longest, string.capwords(" ".join(sorted(set(words))[:5])))
