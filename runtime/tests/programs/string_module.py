# string module constants and capwords, used for simple tasks
import string

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(len(string.printable), string.printable[:20], repr(string.printable[-6:]))
print(string.capwords("hello   wide  world"), "|", string.capwords("  leading and trailing  "))
print(string.capwords("o'neil is HERE"), "|", string.capwords("a-b c-d", "-"))
print(string.capwords("x,y,z", ","), "|", string.capwords(""))
print("hello   wide  world".title())

def classify(ch):
    if ch in string.ascii_uppercase:
        return "U"
    if ch in string.ascii_lowercase:
        return "l"
    if ch in string.digits:
        return "d"
    if ch in string.punctuation:
        return "p"
    if ch in string.whitespace:
        return "s"
    return "?"
print("".join(classify(c) for c in "Hi there, 42 é!"))

def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)
print(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), 23))
print("".join(c for c in "a.b,c!d?" if c not in string.punctuation))
print(all(c in string.hexdigits for c in "DeadBeef"), any(c in string.digits for c in "abc"))
print(sorted(set("mississippi") & set(string.ascii_lowercase[:12])))
t = string.Template("$who likes $what, ${who}!")
print(t.substitute(who="tim", what="pie"), t.safe_substitute(who="ann"))
