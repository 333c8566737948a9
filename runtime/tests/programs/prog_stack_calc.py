# Stack-based RPN calculator and infix-to-postfix converter
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "//": 2, "%": 2, "**": 3}
RIGHT_ASSOC = {"**"}

def to_postfix(tokens):
    out = []
    ops = []
    for tok in tokens:
        if tok in PREC:
            while ops and ops[-1] != "(" and (PREC[ops[-1]] > PREC[tok] or
                                              (PREC[ops[-1]] == PREC[tok] and tok not in RIGHT_ASSOC)):
                out.append(ops.pop())
            ops.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops and ops[-1] != "(":
                out.append(ops.pop())
            if not ops:
                raise ValueError("unbalanced ')'")
            ops.pop()
        else:
            out.append(tok)
    while ops:
        op = ops.pop()
        if op == "(":
            raise ValueError("unbalanced '('")
        out.append(op)
    return out

def eval_rpn(tokens):
    stack = []
    for tok in tokens:
        if tok in PREC:
            if len(stack) < 2:
                raise IndexError(f"stack underflow at {tok!r}")
            b = stack.pop()
            a = stack.pop()
            if tok == "+":
                stack.append(a + b)
            elif tok == "-":
                stack.append(a - b)
            elif tok == "*":
                stack.append(a * b)
            elif tok == "/":
                stack.append(a / b)
            elif tok == "//":
                stack.append(a // b)
            elif tok == "%":
                stack.append(a % b)
            else:
                stack.append(a ** b)
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    if len(stack) != 1:
        raise ValueError(f"malformed expression, stack={stack}")
    return stack[0]

expressions = [
    "3 + 4 * 2",
    "( 3 + 4 ) * 2",
    "2 ** 3 ** 2",
    "-7 // 2 + -7 % 2",
    "100 / 8",
    "2 ** 100 - 1",
    "1.5 * ( 2 + 0.25 )",
    "10 / ( 5 - 5 )",
    "7 % 0",
    "( 1 + 2",
    "1 + 2 )",
    "1 2 3",
    "* 1",
    "2 ** -1",
]
for expr in expressions:
    tokens = expr.split()
    try:
        post = to_postfix(tokens)
        value = eval_rpn(post)
        print(f"{expr:<22} => {' '.join(post):<24} = {value!r}")
    except ZeroDivisionError as e:
        print(f"{expr:<22} => ZeroDivisionError: {e}")
    except (ValueError, IndexError) as e:
        print(f"{expr:<22} => {type(e).__name__}: {e}")
print(eval_rpn("5 1 2 + 4 * + 3 -".split()))
print(eval_rpn(["2", "0.5", "**"]), eval_rpn(["-8", "3", "%"]), eval_rpn(["8", "-3", "//"]))
