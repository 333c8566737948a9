"""Operating-system services over the native `posix` module, as CPython's
os.py: files and directories, the environment, process facts.

`os.environ` is this interpreter's copy of the process environment (see
docs/python.md): setting a variable there is seen by `os.getenv` and
`os.environ` in the same interpreter only.
"""

import posix
import posixpath as path
import sys

sys.modules["os.path"] = path

name = "posix"
sep = path.sep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
altsep = path.altsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
linesep = "\n"

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1

error = OSError

getcwd = posix.getcwd
getpid = posix.getpid
getppid = posix.getppid
cpu_count = posix.cpu_count
strerror = posix.strerror
urandom = posix.urandom
environ = posix.environ


def fspath(p):
    """The str a path-like object stands for."""
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(p).__name__)
    r = f(p)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (type(p).__name__, type(r).__name__))


class PathLike:
    """The abstract base of objects with __fspath__."""

    def __fspath__(self):
        raise NotImplementedError


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


def chdir(p):
    posix.chdir(fspath(p))


def listdir(p="."):
    return posix.listdir(fspath(p))


def mkdir(p, mode=0o777):
    posix.mkdir(fspath(p), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    """Makes a directory and every missing parent."""
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        posix.mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def rmdir(p):
    posix.rmdir(fspath(p))


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def remove(p):
    posix.remove(fspath(p))


unlink = remove


def rename(src, dst):
    posix.rename(fspath(src), fspath(dst))


def replace(src, dst):
    posix.rename(fspath(src), fspath(dst))


def chmod(p, mode):
    posix.chmod(fspath(p), mode)


def access(p, mode):
    try:
        posix.stat(fspath(p))
    except OSError:
        return False
    return True


class stat_result:
    """The result of os.stat: a 10-item sequence with named fields."""

    __slots__ = ("_t",)
    n_sequence_fields = 10

    def __init__(self, t):
        self._t = tuple(t)

    st_mode = property(lambda self: self._t[0])
    st_ino = property(lambda self: self._t[1])
    st_dev = property(lambda self: self._t[2])
    st_nlink = property(lambda self: self._t[3])
    st_uid = property(lambda self: self._t[4])
    st_gid = property(lambda self: self._t[5])
    st_size = property(lambda self: self._t[6])
    st_atime = property(lambda self: self._t[7])
    st_mtime = property(lambda self: self._t[8])
    st_ctime = property(lambda self: self._t[9])
    st_atime_ns = property(lambda self: self._t[10])
    st_mtime_ns = property(lambda self: self._t[11])
    st_ctime_ns = property(lambda self: self._t[12])

    def _seq(self):
        t = self._t
        return t[:7] + (int(t[7]), int(t[8]), int(t[9]))

    def __len__(self):
        return 10

    def __getitem__(self, i):
        return self._seq()[i]

    def __iter__(self):
        return iter(self._seq())

    def __eq__(self, other):
        if isinstance(other, stat_result):
            return self._t == other._t
        return NotImplemented

    def __repr__(self):
        t = self._seq()
        names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
                 "st_size", "st_atime", "st_mtime", "st_ctime")
        return "os.stat_result(%s)" % ", ".join(
            "%s=%r" % (n, v) for n, v in zip(names, t))


def stat(p):
    return stat_result(posix.stat(fspath(p)))


def lstat(p):
    return stat_result(posix.lstat(fspath(p)))


class DirEntry:
    """An entry of os.scandir: a name in a directory, with lazy stat."""

    __slots__ = ("name", "path", "_stat")

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._stat = None

    def stat(self):
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def is_dir(self):
        return path.isdir(self.path)

    def is_file(self):
        return path.isfile(self.path)

    def is_symlink(self):
        return path.islink(self.path)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % self.name


class _ScandirIterator:
    def __init__(self, entries):
        self._it = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._it = iter(())

    def close(self):
        self._it = iter(())


def scandir(p="."):
    p = fspath(p)
    return _ScandirIterator([DirEntry(p, n) for n in posix.listdir(p)])


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields (dirpath, dirnames, filenames) for each directory under top."""
    top = fspath(top)
    try:
        names = posix.listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for n in names:
        (dirs if path.isdir(path.join(top, n)) else nondirs).append(n)
    if topdown:
        yield top, dirs, nondirs
    for d in dirs:
        new_path = path.join(top, d)
        if followlinks or not path.islink(new_path):
            yield from walk(new_path, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs


def get_terminal_size(fd=1):
    raise OSError(25, "Inappropriate ioctl for device")


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode("utf-8", "strict") if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode("utf-8", "strict") if isinstance(filename, bytes) else filename
