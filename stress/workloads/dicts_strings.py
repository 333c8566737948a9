# dict and str work: word counts, joins, formatting, unicode.
def main():
    words = ("alpha beta gamma delta épsilon ζήτα alpha beta alpha " * 200).split()
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    line = ", ".join(f"{k}={v}" for k, v in top)
    print(line, len(line), line.upper()[:20], repr(1 / 3), 2.5e-7)


if __name__ == "__main__":
    main()
