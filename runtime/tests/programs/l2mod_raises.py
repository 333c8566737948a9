# helper module: fails part-way through its body
partial = "set before the error"
raise ValueError("l2mod_raises failed during import")
