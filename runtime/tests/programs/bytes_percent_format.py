# bytes % formatting (PEP 461): %s/%b take bytes, %r/%a give ASCII reprs,
# %c an int below 256 or one byte, numbers as for str; bytes keys.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: b'%s-%d' % (b'ab', 5))
attempt(lambda: b'%b|%5s|%-4b|' % (b'x', b'yz', b'q'))
attempt(lambda: b'%r %a' % ('é', b'\xff'))
attempt(lambda: b'%c%c' % (65, b'B'))
attempt(lambda: b'%c' % 256)
attempt(lambda: b'%c' % 'a')
attempt(lambda: b'%s' % 'text')
attempt(lambda: b'%x %o %e %.2f %5.1f' % (255, 8, 1.5, 2.345, 3))
attempt(lambda: b'\x00\xff' % 1.5)
attempt(lambda: b'%(a)s %(b)d' % {b'a': b'v', b'b': 3})
attempt(lambda: b'%s %s' % (b'a',))
attempt(lambda: b'%z' % 1)
attempt(lambda: b'100%%' % ())
attempt(lambda: b'%d' % b'a')
attempt(lambda: '%b' % 1)
