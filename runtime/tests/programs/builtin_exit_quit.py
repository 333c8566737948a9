# exit() and quit(), as scripts call them: SystemExit with the code.
for call in (lambda: exit(1, 2), lambda: quit(5, code=3), lambda: exit(bad=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
for call in (lambda: exit(), lambda: quit(code=3), lambda: exit("bye")):
    try:
        call()
    except SystemExit as e:
        print("SystemExit", repr(e.code))
print("done")
exit(4)
print("not reached")
