# uncaught exception raised by class name without a message
def plan(steps):
    done = []
    for s in steps:
        if s == "todo":
            fail()
        done.append(s.upper())
        print("done:", done)
    return done
def fail():
    raise NotImplementedError
print("about to fail")
plan(["parse", "check", "todo", "emit"])
