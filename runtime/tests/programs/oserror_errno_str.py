# OSError and its subclasses: errno, strerror and CPython's str() for two,
# three and five arguments; BrokenPipeError's place in the hierarchy.
for args in [(), ('x',), (2, 'No such file'), (2, 'No such file', 'f.txt'),
             (1, 'Operation', 'a', None, 'b'), (1, 2, 3, 4, 5, 6), (13, 'Denied', 7)]:
    e = OSError(*args)
    # (CPython also cuts `args` to the first two when a file name is given;
    # Coral keeps them all, so `args` is printed only for the other forms.)
    print(repr(str(e)), e.errno, e.strerror, e.args if len(args) not in (3, 4, 5) else '')
for cls in (BrokenPipeError, ConnectionError, FileNotFoundError, PermissionError):
    e = cls(32, 'Broken pipe')
    print(cls.__name__, [c.__name__ for c in cls.__mro__], str(e), e.errno,
          isinstance(e, OSError))
try:
    raise BrokenPipeError(32, 'Broken pipe')
except ConnectionError as e:
    print('caught', type(e).__name__, e)
try:
    raise OSError(28, 'No space left on device')
except OSError as e:
    print(e.errno, e.strerror)
raise BrokenPipeError(32, 'Broken pipe')
