"""Map-reduce word counting: the text is split into chunks, each worker
interpreter counts words in its chunks (returning collections.Counter
objects, which cross by pickle), and the main interpreter merges them.
Usage: wordcount_reduce.py N
"""
import sys
import threading
from collections import Counter

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu "
         "nu xi omicron pi rho sigma tau upsilon phi chi psi omega").split()


def make_text(lines):
    state = 2024
    out = []
    for _ in range(lines):
        words = []
        for _ in range(12):
            state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
            words.append(WORDS[(state >> 33) % len(WORDS)])
        out.append(" ".join(words))
    return "\n".join(out)


def count_words(text):
    c = Counter()
    for line in text.splitlines():
        c.update(w.strip(".,").lower() for w in line.split())
    return c


def main(workers):
    lines = make_text(6000).split("\n")
    chunks = ["\n".join(lines[i:i + 500]) for i in range(0, len(lines), 500)]
    partial = [None] * len(chunks)
    if workers == 1:
        partial = [count_words(ch) for ch in chunks]
    else:
        from concurrent import interpreters
        interps = [interpreters.create() for _ in range(workers)]

        def run(w):
            for i in range(w, len(chunks), workers):
                partial[i] = interps[w].call(count_words, chunks[i])

        threads = [threading.Thread(target=run, args=(w,)) for w in range(workers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        for interp in interps:
            interp.close()
    total = Counter()
    for c in partial:
        total.update(c)
    print("chunks:", len(chunks), "types:", {type(c).__name__ for c in partial})
    print("words:", sum(total.values()), "distinct:", len(total))
    for word, n in total.most_common(5):
        print(f"{word:8} {n}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
