# A small tokenizer for arithmetic/assignment expressions using str methods
KEYWORDS = {"let", "print", "if", "else"}
OPERATORS = ["==", "!=", "<=", ">=", "+", "-", "*", "/", "%", "(", ")", "=", "<", ">", ","]

def tokenize(line):
    tokens = []
    i = 0
    n = len(line)
    while i < n:
        ch = line[i]
        if ch.isspace():
            i += 1
            continue
        if ch == "#":
            break
        if ch.isdigit():
            j = i
            seen_dot = False
            while j < n and (line[j].isdigit() or (line[j] == "." and not seen_dot)):
                if line[j] == ".":
                    seen_dot = True
                j += 1
            text = line[i:j]
            tokens.append(("FLOAT" if seen_dot else "INT", text))
            i = j
            continue
        if ch.isalpha() or ch == "_":
            j = i
            while j < n and (line[j].isalpha() or line[j].isdigit() or line[j] == "_"):
                j += 1
            word = line[i:j]
            tokens.append(("KW" if word in KEYWORDS else "NAME", word))
            i = j
            continue
        if ch in "\"'":
            end = line.find(ch, i + 1)
            if end == -1:
                raise ValueError(f"unterminated string at column {i}")
            tokens.append(("STR", line[i + 1:end]))
            i = end + 1
            continue
        for op in OPERATORS:
            if line.startswith(op, i):
                tokens.append(("OP", op))
                i += len(op)
                break
        else:
            raise ValueError(f"unexpected character {ch!r} at column {i}")
    return tokens

source = """let x = 42
let y_2 = x * (3 + 4.5) # comment here
print "hello world", x
if x >= 10 print 'big' else print 'small'
let z = x % 7 != 0
let bad = 3 $ 4
let s = "open
"""

counts = {}
for lineno, line in enumerate(source.split("\n"), start=1):
    if not line.strip():
        continue
    try:
        toks = tokenize(line)
    except ValueError as e:
        print(f"line {lineno}: error: {e}")
        continue
    print(f"line {lineno}: {len(toks)} tokens")
    for kind, text in toks:
        counts[kind] = counts.get(kind, 0) + 1
        print(f"    {kind:<6}{text!r}")

print("summary:")
for kind in sorted(counts):
    print(f"  {kind:>6}: {counts[kind]:3d}")
names = sorted({t for line in source.split("\n") if "$" not in line and line.count('"') != 1
                for k, t in tokenize(line) if k == "NAME"})
print("names:", ", ".join(names))
print("total tokens:", sum(counts.values()))
