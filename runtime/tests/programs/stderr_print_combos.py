# interleaving stdout and stderr with print sep/end combinations
import sys
print("header", end="")
print(" line", sep="", end="\n")
sys.stderr.write("warning: step 1 incomplete\n")
for i in range(4):
    print(i, i * i, sep=":", end=" " if i < 3 else "\n")
sys.stderr.write("progress ")
sys.stderr.write("50%\n")
print("a", "b", "c", sep="", end="")
print("", end="")
print("|", end="")
print("d", "e", sep="--")
print(*["x", "y", "z"], sep="\n", end="\n---\n")
cols = ["id", "name", "score"]
rows = [(1, "ann", 9.5), (2, "bob", 7.25)]
print(*cols, sep="\t")
for r in rows:
    print(*r, sep="\t")
sys.stdout.write("direct ")
print("then print")
print("tab\tend", end="\t\n")
print(1, end="")
print(2, end="")
print(3)
sys.stderr.write("warning: last\n")
print("done", end="!\n")
