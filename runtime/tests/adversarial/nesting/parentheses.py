# generate
# Ten million nested parentheses: the tokenizer's limit of 200.
print("x = " + "(" * 10_000_000 + "1" + ")" * 10_000_000)
