# whole program: recursive-descent evaluator over a generator-based tokenizer (in l2mod_lexer)
from l2mod_lexer import tokenize, LexError, ParseError
import l2mod_lexer
class Parser:
    FUNCS = {"max": max, "min": min, "abs": abs}
    BINARY = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
    def __init__(self, src, env):
        self.tokens, self.env = tokenize(src), env
        self.cur = next(self.tokens)
    def advance(self):
        tok, self.cur = self.cur, next(self.tokens)
        return tok
    def expect(self, text):
        if self.cur.text != text:
            raise ParseError(f"expected {text!r} but found {self.cur!r}")
        return self.advance()
    def binary(self, ops, operand):
        value = operand()
        while self.cur.text and self.cur.text in ops:
            op = self.advance().text
            value = self.BINARY[op](value, operand())
        return value
    def expr(self): return self.binary("+-", self.term)
    def term(self): return self.binary("*/", self.power)
    def power(self):
        base = self.unary()
        if self.cur.text == "^":
            self.advance()
            return base ** self.power()
        return base
    def unary(self):
        if self.cur.text == "-":
            self.advance()
            return -self.unary()
        return self.atom()
    def atom(self):
        tok = self.cur
        if tok.kind == "NUM":
            self.advance()
            return float(tok.text) if "." in tok.text else int(tok.text)
        if tok.kind == "NAME":
            self.advance()
            if self.cur.text == "(":
                self.advance()
                args = [self.expr()]
                while self.cur.text == ",":
                    self.advance()
                    args.append(self.expr())
                self.expect(")")
                return self.FUNCS[tok.text](*args)
            if tok.text not in self.env:
                raise ParseError(f"unknown variable {tok.text!r}")
            return self.env[tok.text]
        if tok.text == "(":
            self.advance()
            return (self.expr(), self.expect(")"))[0]
        raise ParseError(f"unexpected {tok!r}")
    def parse(self):
        v = self.expr()
        if self.cur.kind != "END":
            raise ParseError(f"trailing input at {self.cur.pos}")
        return v

print(list(tokenize("x1 + 3.5*(y_2-.5)")))
env = {"x": 4, "y": 2.5, "rate": 0.25}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "x * rate + y", "max(1, x, 3) - min(y, 10)",
            "abs(-7) / 2", "10 / 4 - 1 - 1", "3 $ 4", "(1 + 2", "1 + * 2", "z * 2", "1 2", "max()", "1 / (x - 4)"]:
    try:
        print(f"{src!r:28} = {Parser(src, env).parse()!r}")
    except (LexError, ParseError, ZeroDivisionError) as e:
        print(f"{src!r:28} ! {type(e).__name__}: {e}")

# the token stream is lazy: only as many tokens as needed are produced
stream = tokenize("a + b $ c")
print(next(stream), next(stream), next(stream))
try:
    next(stream)
except LexError as e:
    print("lazy error:", e)
print(sum(1 for t in tokenize("f(x, y) ^ 2") if t.kind == "OP"), l2mod_lexer.ParseError is ParseError)
