# sys.exit() with no arguments: exit status 0
import sys
seen = set()
for i in range(10):
    print("iteration", i)
    seen.add(i % 3)
    if len(seen) == 3 and i >= 4:
        print("collected all residues:", sorted(seen))
        sys.exit()
    print("continuing after", i)
print("unreachable")
