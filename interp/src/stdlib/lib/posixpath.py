"""Path names on POSIX systems: the module `os.path` names.

Pure string operations follow POSIX rules as CPython's posixpath does;
the queries (exists, isfile, getsize...) go through posix.stat.
"""

import posix

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
supports_unicode_filenames = False

__all__ = ["join", "split", "splitext", "basename", "dirname", "abspath",
           "normpath", "realpath", "relpath", "isabs", "exists", "lexists",
           "isfile", "isdir", "islink", "getsize", "getmtime", "getatime",
           "getctime", "expanduser", "commonprefix", "commonpath",
           "splitdrive", "samefile", "sep", "curdir", "pardir", "extsep",
           "pathsep", "devnull"]


def _fspath(p, func):
    if isinstance(p, str):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is not None:
        r = f(p)
        if isinstance(r, str):
            return r
    raise TypeError("%s() argument must be str, bytes, or os.PathLike object, not '%s'"
                    % (func, type(p).__name__))


def isabs(s):
    return _fspath(s, "isabs").startswith("/")


def join(a, *p):
    path = _fspath(a, "join")
    for b in p:
        if not isinstance(b, str):
            if hasattr(type(b), "__fspath__"):
                b = _fspath(b, "join")
            else:
                raise TypeError("join() argument must be str, bytes, or os.PathLike "
                                "object, not '%s'" % type(b).__name__)
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    p = _fspath(p, "split")
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    p = _fspath(p, "splitext")
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        # A leading dot (".bashrc") is part of the name, not an extension.
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != ".":
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    return _fspath(p, "splitdrive")[:0], p


def basename(p):
    p = _fspath(p, "basename")
    return p[p.rfind("/") + 1:]


def dirname(p):
    p = _fspath(p, "dirname")
    i = p.rfind("/") + 1
    head = p[:i]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def normpath(path):
    path = _fspath(path, "normpath")
    if path == "":
        return "."
    # POSIX keeps exactly two leading slashes; three or more become one.
    initial = 0
    if path.startswith("/"):
        initial = 2 if path.startswith("//") and not path.startswith("///") else 1
    comps = path.split("/")
    new_comps = []
    for comp in comps:
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial and not new_comps) or (
                new_comps and new_comps[-1] == ".."):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = "/".join(new_comps)
    if initial:
        path = "/" * initial + path
    return path or "."


def abspath(path):
    path = _fspath(path, "abspath")
    if not path.startswith("/"):
        path = join(posix.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = _fspath(filename, "realpath")
    full = posix.realpath(filename)
    if full is not None:
        return full
    if strict:
        posix.stat(filename)
    # Resolve the longest existing prefix; keep the rest as written.
    path = abspath(filename)
    head, tail = path, ""
    while head not in ("", "/"):
        resolved = posix.realpath(head)
        if resolved is not None:
            return normpath(join(resolved, tail)) if tail else resolved
        head, last = split(head)
        tail = join(last, tail) if tail else last
    return path


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path, "relpath")
    start = curdir if start is None else _fspath(start, "relpath")
    start_list = [x for x in abspath(start).split("/") if x]
    path_list = [x for x in abspath(path).split("/") if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    paths = [_fspath(p, "commonpath") for p in paths]
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    try:
        (isabsolute,) = set(p.startswith("/") for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in p.split("/") if c and c != "."] for p in paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = "/" if isabsolute else ""
    return prefix + "/".join(common)


def expanduser(path):
    path = _fspath(path, "expanduser")
    if not path.startswith("~"):
        return path
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    home = posix.environ.get("HOME")
    if home is None:
        return path
    home = home.rstrip("/")
    return (home + path[i:]) or "/"


_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _mode(path, follow=True):
    try:
        st = posix.stat(path) if follow else posix.lstat(path)
    except (OSError, ValueError):
        return None
    return st[0]


def exists(path):
    if not isinstance(path, str):
        path = _fspath(path, "exists")
    return _mode(path) is not None


def lexists(path):
    return _mode(_fspath(path, "lexists"), False) is not None


def isfile(path):
    m = _mode(_fspath(path, "isfile"))
    return m is not None and m & _S_IFMT == _S_IFREG


def isdir(s):
    m = _mode(_fspath(s, "isdir"))
    return m is not None and m & _S_IFMT == _S_IFDIR


def islink(path):
    m = _mode(_fspath(path, "islink"), False)
    return m is not None and m & _S_IFMT == _S_IFLNK


def getsize(filename):
    return posix.stat(_fspath(filename, "getsize"))[6]


def getatime(filename):
    return posix.stat(_fspath(filename, "getatime"))[7]


def getmtime(filename):
    return posix.stat(_fspath(filename, "getmtime"))[8]


def getctime(filename):
    return posix.stat(_fspath(filename, "getctime"))[9]


def samefile(f1, f2):
    s1 = posix.stat(_fspath(f1, "samefile"))
    s2 = posix.stat(_fspath(f2, "samefile"))
    return s1[1] == s2[1] and s1[2] == s2[2]
