# len() and truthiness of bytes. Coral: len(b'...') raises "TypeError: object
# of type 'bytes' has no len()", and b'' is truthy (bool(b'') is True, so
# `if b'':` takes the branch) where CPython says False.
print(bool(b''), bool(b'x'), not b'')
if b'':
    print("empty bytes is truthy (wrong)")
else:
    print("empty bytes is falsy")
data = b'' or b'default'
print(data)
print(len(b''), len(b'abc'), len(b'\x00\xff'), len(b'\n'), len(rb'\n'))
print(len(b'a' b'bc'), len(b'\101\102'))
