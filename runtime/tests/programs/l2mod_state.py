# helper module: mutable state shared by every importer
counter = 0
items = []

def bump():
    global counter
    counter += 1
    return counter
