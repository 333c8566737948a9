# Text files line by line: iteration, next(), readline, write with newline
# translation, mixed modes, and the errors of closed and misused files.
import os

scratch = os.path.join(os.environ.get("TMPDIR", "/tmp"), "coral-lines-%d.txt" % os.getpid())
with open(scratch, "w") as f:
    for i in range(5):
        f.write("line %d\n" % i)
    print(f.write("tail without newline"), file=None)
with open(scratch) as f:
    print(next(f), end="")
    for line in f:
        print(repr(line))
        if line.startswith("line 2"):
            break
    print(repr(f.readline()), repr(next(f)), f.readlines())
with open(scratch, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(scratch, "rb") as f:
    print(f.read())
for nl in (None, "", "\n", "\r\n"):
    with open(scratch, newline=nl) as f:
        print(repr(nl), list(f))
with open(scratch, "w") as f:
    f.write("x\r\ny\rz\n")
for nl in (None, "", "\n"):
    with open(scratch, newline=nl) as f:
        print(repr(nl), [line for line in f])
with open(scratch, "r+") as f:
    print(repr(f.read(2)))
    f.write("W")
    f.seek(0)
    print(repr(f.read()))
with open(scratch, "a") as f:
    print(f.write("é€\n"))
with open(scratch, encoding="utf-8") as f:
    print(list(f)[-1])
f = open(scratch, "w")
f.close()
for bad in (lambda: f.write("x"), lambda: open(scratch, "w").write(5), lambda: open(scratch).write("x"),
            lambda: next(open(scratch, "w")), lambda: list(f)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
with open(scratch, "w") as f:
    f.write("é\n")
with open(scratch, "rb") as f:
    raw = f.read()
with open(scratch, "wb") as f:
    f.write(raw[:1] + b"\n")
try:
    with open(scratch) as f:
        list(f)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
os.remove(scratch)
