# Files, directories and in-memory streams: os, os.path, open() and io.
import os, io, sys
import os.path

# Work in a private scratch folder, so runs in parallel do not collide.
home = os.getcwd()
scratch = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'coral-io-%d' % os.getpid())
os.makedirs(scratch)
os.chdir(scratch)
print(os.sep, os.name, os.linesep == '\n', os.path.join('a', 'b', '/c', 'd'), os.path.split('/a/b/c.txt'), os.path.splitext('x/y.tar.gz'), os.path.splitext('.bashrc'))
print(os.path.basename('/a/b/'), os.path.dirname('/a/b/c'), os.path.normpath('a//b/../c/./d'), os.path.normpath('//a'), os.path.normpath('///a/..'), os.path.isabs('/x'))
print(os.path.relpath('/a/b/c', '/a/d'), os.path.commonprefix(['abc', 'abd']), os.path.commonpath(['/a/b/c', '/a/b/d']))
d = 'iotest_dir'
if os.path.exists(d):
    for n in os.listdir(d): os.remove(os.path.join(d, n))
    os.rmdir(d)
os.makedirs(os.path.join(d, 'sub'), exist_ok=True)
os.makedirs(os.path.join(d, 'sub'), exist_ok=True)
try:
    os.makedirs(os.path.join(d, 'sub'))
except FileExistsError as e:
    print('exists', e.errno, e.filename == os.path.join(d, 'sub'))
p = os.path.join(d, 'a.txt')
with open(p, 'w') as f:
    print(f.write('hello\nwörld\n'), f.name, f.mode, f.closed)
    f.write('third')
print(f.closed, os.path.getsize(p), os.path.isfile(p), os.path.isdir(d), os.path.exists('nope'))
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print([line for line in f])
with open(p, encoding='utf-8') as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(p) as f:
    print(repr(f.read(3)), repr(f.readline()), repr(f.read(2)), f.readlines())
with open(p, 'rb') as f:
    data = f.read()
    print(data, len(data), type(f).__name__)
with open(p, 'rb') as f:
    print(f.readline(), f.read(3), f.tell(), f.seek(0), f.read(5))
with open(p, 'a') as f:
    f.write('\nmore')
print(open(p).read().splitlines())
with open(p, 'wb') as f:
    f.write(b'a\r\nb\rc\n')
print(repr(open(p).read()), repr(open(p, newline='').read()), open(p).readlines(), open(p, newline='').readlines())
open(p, 'w').write('unclosed')
print(open(p).read())
for bad in [lambda: open('nope/x.txt'), lambda: open(d), lambda: open(p, 'rw'), lambda: open(p, 'rb', encoding='utf-8'),
            lambda: os.remove('nope'), lambda: os.listdir('nope'), lambda: os.rmdir(d), lambda: open(p, 'z'),
            lambda: open(p).write('x'), lambda: open(p, 'w').read(), lambda: os.stat('nope'), lambda: open(p, 'x'),
            lambda: open(p, 'tb'), lambda: open(p, encoding='nope'), lambda: os.rename('nope', 'nope2'), lambda: open(3.5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
f = open(p)
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
st = os.stat(p)
print(st.st_size, st[6], len(st), os.path.getmtime(p) == st.st_mtime)
print(sorted(os.listdir(d)), [x for x in os.walk(d)][0][1:])
os.rename(p, p + '.bak')
print(sorted(os.listdir(d)))
os.remove(p + '.bak'); os.rmdir(os.path.join(d, 'sub')); os.rmdir(d)
print(os.path.exists(d), os.getcwd() == os.path.realpath(scratch), os.fspath('x'), type(os.getpid()), os.getenv('HOME') == os.environ['HOME'], os.getenv('NOPE_X', 'dflt'))
s = io.StringIO()
s.write('abc\n'); print('def', file=s); s.writelines(['g', 'h'])
print(repr(s.getvalue()), s.tell(), s.seek(0), s.readline(), s.read(2), s.readlines())
s = io.StringIO('line1\nline2\n')
print(list(s), s.read())
s.seek(2); s.write('XY'); print(s.getvalue())
b = io.BytesIO(b'abc\ndef')
print(b.readline(), b.read(), b.tell(), b.getvalue())
b.seek(0, 2); b.write(b'!'); print(b.getvalue(), b.seek(1), b.write(b'Z'), b.getvalue())
with io.StringIO() as s2:
    pass
print(s2.closed, isinstance(s, io.TextIOBase), isinstance(b, io.BufferedIOBase))
os.chdir(home)
os.rmdir(scratch)
print(os.path.exists(scratch))
import io
s=io.StringIO("abc")
print(s.truncate(1), s.getvalue(), s.read(), s.tell())
try:
    s.truncate(-1)
except ValueError as e:
    print(e)
b=io.BytesIO(b"xyz")
print(b.truncate(2), b.getvalue(), b.readable())
try:
    b.truncate(-2)
except ValueError as e:
    print(e)
b.close()
try:
    b.read()
except ValueError as e:
    print(e)
