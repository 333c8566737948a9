# helper module for prog_tokenizer_gen.py: Token class and a generator-based tokenizer (prints nothing)
class Token:
    __slots__ = ("kind", "text", "pos")
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos
    def __repr__(self):
        return f"{self.kind}:{self.text!r}@{self.pos}"

class LexError(Exception): pass
class ParseError(Exception): pass

def scan(src, i, pred):
    while i < len(src) and pred(src[i]):
        i += 1
    return i

def tokenize(src):
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or (ch == "." and src[i + 1:i + 2].isdigit()):
            j = scan(src, i, lambda c: c.isdigit() or c == ".")
            yield Token("NUM", src[i:j], i)
            i = j
        elif ch.isalpha() or ch == "_":
            j = scan(src, i, lambda c: c.isalnum() or c == "_")
            yield Token("NAME", src[i:j], i)
            i = j
        elif ch in "+-*/()^,":
            yield Token("OP", ch, i)
            i += 1
        else:
            raise LexError(f"unexpected character {ch!r} at {i}")
    yield Token("END", "", len(src))
