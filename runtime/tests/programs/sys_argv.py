import sys
print(len(sys.argv))
print(sys.argv[1:])
print(type(sys.argv).__name__, isinstance(sys.argv[0], str), sys.argv[0].endswith(".py"))
args = sys.argv[1:]
if not args:
    print("no arguments given")
else:
    print("arguments:", args)
count = 0
for a in sys.argv[1:]:
    count += 1
print("counted", count)
name = sys.argv[0]
print(len(name) > 0, name[-3:])
flags = [a for a in sys.argv[1:] if a.startswith("-")]
print(flags, len(sys.argv) == 1 + len(args))
