"""Streams: open(), files in binary and text mode, StringIO and BytesIO.

The layers are CPython's (raw FileIO, buffered readers and writers, a
TextIOWrapper on top); the buffers themselves live in the native
`_fileio` handle, so that an unclosed file is still flushed when it dies.
"""

import _fileio

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

__all__ = ["open", "IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase",
           "FileIO", "BufferedReader", "BufferedWriter", "BufferedRandom",
           "TextIOWrapper", "StringIO", "BytesIO", "UnsupportedOperation",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE"]


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"


def _unsupported(name):
    raise UnsupportedOperation(name)


class IOBase:
    """What every stream has: closing, context management, line iteration."""

    _closed = False

    @property
    def closed(self):
        return self._closed

    def _check_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def close(self):
        self._closed = True

    def flush(self):
        self._check_closed()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_closed()
        return False

    def fileno(self):
        _unsupported("fileno")

    def seek(self, pos, whence=0):
        _unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        _unsupported("truncate")

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        n = 0
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


def _check_readable(f):
    if not f.readable():
        raise UnsupportedOperation("not readable")


def _check_writable(f):
    if not f.writable():
        raise UnsupportedOperation("not writable")


class FileIO(RawIOBase):
    """A file on disk, read and written in bytes."""

    def __init__(self, file, mode="r", closefd=True, opener=None, _buffered=False):
        name = file
        if not isinstance(file, str):
            f = getattr(type(file), "__fspath__", None)
            if f is None:
                raise TypeError("expected str, bytes or os.PathLike object, not "
                                + type(file).__name__)
            file = f(file)
        kind = "r"
        for c in mode:
            if c in "rwax":
                kind = c
        plus = "+" in mode
        self._h = _fileio.open(file, kind + ("+" if plus else ""), not _buffered)
        self.name = name
        self._readable = kind == "r" or plus
        self._writable = kind != "r" or plus
        if kind == "r":
            self.mode = "rb+" if plus else "rb"
        elif kind == "a":
            self.mode = "ab+" if plus else "ab"
        elif kind == "x":
            self.mode = "xb+" if plus else "xb"
        else:
            self.mode = "rb+" if plus else "wb"
        self._closed = False

    def readable(self):
        self._check_closed()
        return self._readable

    def writable(self):
        self._check_closed()
        return self._writable

    def seekable(self):
        self._check_closed()
        return True

    def read(self, size=-1):
        self._check_closed()
        _check_readable(self)
        return _fileio.read(self._h, -1 if size is None else size)

    def readall(self):
        return self.read(-1)

    def readline(self, size=-1):
        self._check_closed()
        _check_readable(self)
        return _fileio.readline(self._h, -1 if size is None else size, False)

    def write(self, b):
        self._check_closed()
        _check_writable(self)
        return _fileio.write(self._h, b)

    def flush(self):
        self._check_closed()
        _fileio.flush(self._h)

    def seek(self, pos, whence=0):
        self._check_closed()
        return _fileio.seek(self._h, pos, whence)

    def tell(self):
        self._check_closed()
        return _fileio.tell(self._h)

    def truncate(self, size=None):
        self._check_closed()
        _check_writable(self)
        if size is None:
            size = self.tell()
        return _fileio.truncate(self._h, size)

    def fileno(self):
        self._check_closed()
        return _fileio.fileno(self._h)

    def isatty(self):
        self._check_closed()
        return _fileio.isatty(self._h)

    def close(self):
        if not self._closed:
            self._closed = True
            _fileio.close(self._h)

    def __repr__(self):
        if self._closed:
            return "<_io.FileIO [closed]>"
        return "<_io.FileIO name=%r mode=%r closefd=True>" % (self.name, self.mode)


class _Buffered(BufferedIOBase):
    """Buffered binary access to a FileIO (the buffer is the handle's)."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        self.raw = raw
        self._h = raw._h

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    # The buffers are the handle's, so the raw file's methods already
    # are the buffered ones.
    def read(self, size=-1):
        return self.raw.read(size)

    def read1(self, size=-1):
        return self.raw.read(size)

    def readline(self, size=-1):
        return self.raw.readline(size)

    def write(self, b):
        return self.raw.write(b)

    def flush(self):
        self.raw.flush()

    def seek(self, pos, whence=0):
        return self.raw.seek(pos, whence)

    def tell(self):
        return self.raw.tell()

    def truncate(self, size=None):
        return self.raw.truncate(size)

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def close(self):
        self.raw.close()

    def detach(self):
        raw = self.raw
        self.raw = None
        return raw

    def __repr__(self):
        return "<_io.%s name=%r>" % (type(self).__name__, self.name)


class BufferedReader(_Buffered):
    pass


class BufferedWriter(_Buffered):
    pass


class BufferedRandom(_Buffered):
    pass


class TextIOWrapper(TextIOBase):
    """Text over a buffered binary stream: encoding, decoding and the
    newline translation of the `newline` argument."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if encoding is None:
            encoding = "UTF-8"
        if errors is None:
            errors = "strict"
        "".encode(encoding)  # LookupError for an unknown encoding, now
        self.buffer = buffer
        self.encoding = encoding
        self.errors = errors
        self.line_buffering = line_buffering
        self._newline = newline
        self._pending = ""
        self._carry = b""
        self._h = getattr(buffer, "_h", None)
        # UTF-8 files on a native handle read and write lines natively:
        # iteration and write() then run no Python code per line.
        self._fast = (self._h is not None and errors == "strict" and
                      encoding.lower().replace("_", "-") in ("utf-8", "utf8"))
        if (self._fast and buffer.writable() and not buffer.readable()
                and not line_buffering):
            self.write = _fileio.text_writer(self._h, newline)

    def _line_mode(self):
        if self._newline is None:
            return 2
        return 1 if self._newline == "" else 0

    def __iter__(self):
        self._check_closed()
        if self._fast and not self._pending and not self._carry and self.readable():
            return iter(_fileio.text_reader(self._h, self._line_mode()), "")
        return self

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    @property
    def mode(self):
        return getattr(self, "_mode", self.buffer.mode)

    @property
    def newlines(self):
        return None

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def _decode(self, data, final):
        data = self._carry + data
        text, used = _fileio.decode(data, self.encoding, self.errors, final)
        self._carry = data[used:]
        return text

    def _translate(self, text):
        if self._newline is None and "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def read(self, size=-1):
        self._check_closed()
        _check_readable(self)
        if size is None or size < 0:
            text = self._pending + self._decode(self.buffer.read(), True)
            self._pending = ""
            return self._translate(text)
        while len(self._pending) < size:
            chunk = self.buffer.read(DEFAULT_BUFFER_SIZE)
            text = self._decode(chunk, not chunk)
            if self._newline is None and text.endswith("\r") and chunk:
                # Maybe the first half of "\r\n": decide with the next chunk.
                self._carry = b"\r" + self._carry
                text = text[:-1]
            self._pending += self._translate(text)
            if not chunk:
                break
        out = self._pending[:size]
        self._pending = self._pending[size:]
        return out

    def readline(self, size=-1):
        self._check_closed()
        _check_readable(self)
        if size is None:
            size = -1
        if self._fast and size < 0 and not self._pending and not self._carry:
            return _fileio.text_reader(self._h, self._line_mode())()
        if self._pending:
            i = self._pending.find("\n")
            if i >= 0 and (size < 0 or i < size):
                line = self._pending[:i + 1]
                self._pending = self._pending[i + 1:]
                return line
            if 0 <= size <= len(self._pending):
                line = self._pending[:size]
                self._pending = self._pending[size:]
                return line
        head = self._pending
        self._pending = ""
        universal = self._newline is None or self._newline == ""
        raw = _fileio.readline(self._h, -1, universal) if self._h is not None \
            else self.buffer.readline()
        line = head + self._decode(raw, not raw)
        if self._newline is None and line.endswith("\r"):
            line = line[:-1] + "\n"
        elif self._newline is None and line.endswith("\r\n"):
            line = line[:-2] + "\n"
        if 0 <= size < len(line):
            self._pending = line[size:]
            line = line[:size]
        return line

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        _check_writable(self)
        text = s
        if self._newline not in (None, "", "\n") and "\n" in text:
            text = text.replace("\n", self._newline)
        self._pending = ""
        self.buffer.write(text.encode(self.encoding, self.errors))
        if self.line_buffering and ("\n" in s or "\r" in s):
            self.buffer.flush()
        return len(s)

    def flush(self):
        self.buffer.flush()

    def seek(self, cookie, whence=0):
        self._check_closed()
        if whence == 1 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 1:
            return self.tell()
        self._pending = ""
        self._carry = b""
        return self.buffer.seek(cookie, whence)

    def tell(self):
        self._check_closed()
        pos = self.buffer.tell()
        if self._pending or self._carry:
            pos -= len(self._pending.encode(self.encoding, self.errors)) + len(self._carry)
        return pos

    def truncate(self, pos=None):
        self.flush()
        return self.buffer.truncate(pos)

    def close(self):
        if not self.closed:
            self.buffer.close()

    def detach(self):
        b = self.buffer
        self.buffer = None
        return b

    def __repr__(self):
        if self.closed:
            return "<_io.TextIOWrapper [closed]>"
        return "<_io.TextIOWrapper name=%r mode=%r encoding=%r>" % (
            self.name, self.mode, self.encoding)


_MODE_CHARS = set("rwaxbt+")


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    """Opens a file, as the builtin open()."""
    if not isinstance(file, (str, int)) and not hasattr(type(file), "__fspath__"):
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(file).__name__)
    if isinstance(file, int):
        raise OSError(9, "Bad file descriptor")
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not " + type(mode).__name__)
    if not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(buffering).__name__)
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("open() argument 'encoding' must be str or None, not "
                        + type(encoding).__name__)
    if errors is not None and not isinstance(errors, str):
        raise TypeError("open() argument 'errors' must be str or None, not "
                        + type(errors).__name__)
    modes = set(mode)
    if modes - _MODE_CHARS or len(mode) > len(modes):
        raise ValueError("invalid mode: %r" % mode)
    creating = "x" in modes
    reading = "r" in modes
    writing = "w" in modes
    appending = "a" in modes
    updating = "+" in modes
    text = "t" in modes
    binary = "b" in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not (creating or reading or writing or appending):
        raise ValueError("Must have exactly one of create/read/write/append "
                         "mode and at most one plus")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        pass
    if newline is not None and newline not in ("", "\n", "\r", "\r\n"):
        raise ValueError("illegal newline value: %s" % newline)
    if encoding is not None:
        "".encode(encoding)
    raw = FileIO(file, (creating and "x" or reading and "r" or writing and "w"
                        or appending and "a") + (updating and "+" or ""),
                 _buffered=buffering != 0)
    if buffering == 0:
        if binary:
            return raw
        raw.close()
        raise ValueError("can't have unbuffered text I/O")
    if updating:
        buffer = BufferedRandom(raw)
    elif creating or writing or appending:
        buffer = BufferedWriter(raw)
    else:
        buffer = BufferedReader(raw)
    if binary:
        return buffer
    t = TextIOWrapper(buffer, encoding, errors, newline, buffering == 1)
    t._mode = mode
    return t


class _Memory:
    """The buffer of StringIO and BytesIO: the value so far, plus the
    pieces appended since it was last joined (appending is the common
    case, and joining once is linear)."""

    def _value(self):
        if self._tail:
            self._buf += self._empty.join(self._tail)
            self._tail = []
        return self._buf

    def _splice(self, data):
        if self._pos == self._end:
            self._tail.append(data)
            self._pos += len(data)
            self._end = self._pos
            return
        buf = self._value()
        if self._pos > len(buf):
            buf += self._empty.join([self._zero] * (self._pos - len(buf)))
        self._buf = buf[:self._pos] + data + buf[self._pos + len(data):]
        self._pos += len(data)
        self._end = len(self._buf)

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def getvalue(self):
        self._check_closed()
        return self._value()

    def read(self, size=-1):
        self._check_closed()
        buf = self._value()
        if size is None or size < 0:
            out = buf[self._pos:]
        else:
            out = buf[self._pos:self._pos + size]
        self._pos += len(out)
        return out

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(self._negative_size % size)
        self._buf = self._value()[:size]
        self._end = len(self._buf)
        return size

    def close(self):
        self._closed = True


class StringIO(_Memory, TextIOBase):
    """An in-memory text stream."""

    _negative_size = "Negative size value %d"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        self._newline = newline
        self._empty, self._zero = "", "\0"
        self._buf = self._translate_in(initial_value or "")
        self._tail = []
        self._pos = 0
        self._end = len(self._buf)

    def _translate_in(self, s):
        if self._newline is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if self._newline not in ("", "\n"):
            return s.replace("\n", self._newline)
        return s

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        s = self._translate_in(s)
        self._splice(s)
        return n

    def readline(self, size=-1):
        self._check_closed()
        buf = self._value()
        end = len(buf) if size is None or size < 0 else min(len(buf), self._pos + size)
        if self._newline == "\r":
            i = buf.find("\r", self._pos, end)
        elif self._newline == "\r\n":
            i = buf.find("\r\n", self._pos, end)
            if i >= 0:
                i += 1
        else:
            i = buf.find("\n", self._pos, end)
        stop = end if i < 0 else i + 1
        out = buf[self._pos:stop]
        self._pos = stop if out else self._pos
        return out

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._value())
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def __repr__(self):
        return "<_io.StringIO object at 0x%x>" % id(self)


class BytesIO(_Memory, BufferedIOBase):
    """An in-memory binary stream."""

    _negative_size = "negative size value %d"

    def __init__(self, initial_bytes=b""):
        self._empty, self._zero = b"", b"\0"
        self._buf = bytes(initial_bytes) if initial_bytes is not None else b""
        self._tail = []
        self._pos = 0
        self._end = len(self._buf)

    def getbuffer(self):
        return self.getvalue()

    def write(self, b):
        self._check_closed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        self._splice(b)
        return len(b)

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check_closed()
        buf = self._value()
        end = len(buf) if size is None or size < 0 else min(len(buf), self._pos + size)
        i = buf.find(b"\n", self._pos, end)
        stop = end if i < 0 else i + 1
        out = buf[self._pos:stop]
        self._pos = max(self._pos, stop)
        return out

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._value()) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

