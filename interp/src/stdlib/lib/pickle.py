"""Serializing Python objects to bytes and back, in CPython's pickle format.

Pickles written here are byte for byte what CPython 3.11 writes for the
same values (protocols 0 to 5, default 4: framing, memo, batching), so
that a pickle made by one loads in the other. Objects reduce as in
CPython: `copyreg.dispatch_table`, `__reduce_ex__`, `__reduce__`, else the
default (`__getnewargs_ex__`/`__getnewargs__`, `__getstate__`, slots).
"""

import sys
import copyreg
from struct import pack, unpack
from copyreg import dispatch_table

import _pickle as _native

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "HIGHEST_PROTOCOL",
           "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


# CPython raises these from its C accelerator, and tracebacks name it.
PickleError.__module__ = PicklingError.__module__ = "_pickle"
UnpicklingError.__module__ = "_pickle"


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


MARK = b"("
STOP = b"."
POP = b"0"
POP_MARK = b"1"
DUP = b"2"
FLOAT = b"F"
INT = b"I"
BININT = b"J"
BININT1 = b"K"
LONG = b"L"
BININT2 = b"M"
NONE = b"N"
PERSID = b"P"
BINPERSID = b"Q"
REDUCE = b"R"
STRING = b"S"
BINSTRING = b"T"
SHORT_BINSTRING = b"U"
UNICODE = b"V"
BINUNICODE = b"X"
APPEND = b"a"
BUILD = b"b"
GLOBAL = b"c"
DICT = b"d"
EMPTY_DICT = b"}"
APPENDS = b"e"
GET = b"g"
BINGET = b"h"
INST = b"i"
LONG_BINGET = b"j"
LIST = b"l"
EMPTY_LIST = b"]"
OBJ = b"o"
PUT = b"p"
BINPUT = b"q"
LONG_BINPUT = b"r"
SETITEM = b"s"
TUPLE = b"t"
EMPTY_TUPLE = b")"
SETITEMS = b"u"
BINFLOAT = b"G"
TRUE = b"I01\n"
FALSE = b"I00\n"
PROTO = b"\x80"
NEWOBJ = b"\x81"
EXT1 = b"\x82"
EXT2 = b"\x83"
EXT4 = b"\x84"
TUPLE1 = b"\x85"
TUPLE2 = b"\x86"
TUPLE3 = b"\x87"
NEWTRUE = b"\x88"
NEWFALSE = b"\x89"
LONG1 = b"\x8a"
LONG4 = b"\x8b"
BINBYTES = b"B"
SHORT_BINBYTES = b"C"
SHORT_BINUNICODE = b"\x8c"
BINUNICODE8 = b"\x8d"
BINBYTES8 = b"\x8e"
EMPTY_SET = b"\x8f"
ADDITEMS = b"\x90"
FROZENSET = b"\x91"
NEWOBJ_EX = b"\x92"
STACK_GLOBAL = b"\x93"
MEMOIZE = b"\x94"
FRAME = b"\x95"
BYTEARRAY8 = b"\x96"
NEXT_BUFFER = b"\x97"
READONLY_BUFFER = b"\x98"

_TUPLESIZE2CODE = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
_BATCHSIZE = 1000
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024

# Python 3 names that protocols 0-2 write under their Python 2 names
# (CPython's _compat_pickle), and back.
_REVERSE_MODULES = {"builtins": "__builtin__", "copyreg": "copy_reg",
                    "_functools": "functools"}
_REVERSE_NAMES = {
    ("builtins", "range"): ("__builtin__", "xrange"),
    ("functools", "reduce"): ("__builtin__", "reduce"),
    ("builtins", "chr"): ("__builtin__", "unichr"),
    ("builtins", "str"): ("__builtin__", "unicode"),
    ("builtins", "int"): ("__builtin__", "long"),
    ("builtins", "zip"): ("itertools", "izip"),
    ("builtins", "map"): ("itertools", "imap"),
    ("builtins", "filter"): ("itertools", "ifilter"),
    ("itertools", "filterfalse"): ("itertools", "ifilterfalse"),
    ("itertools", "zip_longest"): ("itertools", "izip_longest"),
}
for _name in ("ArithmeticError AssertionError AttributeError BaseException "
              "BufferError BytesWarning DeprecationWarning EOFError "
              "EnvironmentError Exception FloatingPointError FutureWarning "
              "GeneratorExit IOError ImportError ImportWarning IndentationError "
              "IndexError KeyError KeyboardInterrupt LookupError MemoryError "
              "NameError NotImplementedError OSError OverflowError "
              "PendingDeprecationWarning ReferenceError RuntimeError "
              "RuntimeWarning StopIteration SyntaxError SyntaxWarning "
              "SystemError SystemExit TabError TypeError UnboundLocalError "
              "UnicodeDecodeError UnicodeEncodeError UnicodeError "
              "UnicodeTranslateError UnicodeWarning UserWarning ValueError "
              "Warning ZeroDivisionError").split():
    _REVERSE_NAMES[("builtins", _name)] = ("exceptions", _name)
for _name in ("BrokenPipeError ChildProcessError ConnectionAbortedError "
              "ConnectionError ConnectionRefusedError ConnectionResetError "
              "FileExistsError FileNotFoundError InterruptedError "
              "IsADirectoryError NotADirectoryError PermissionError "
              "ProcessLookupError TimeoutError").split():
    _REVERSE_NAMES[("builtins", _name)] = ("exceptions", "OSError")
_REVERSE_NAMES[("builtins", "ModuleNotFoundError")] = ("exceptions", "ImportError")
_MODULES = {v: k for k, v in _REVERSE_MODULES.items()}
_MODULES["exceptions"] = "builtins"
_NAMES = {v: k for k, v in _REVERSE_NAMES.items()
          if v[0] != "exceptions" or v[1] == k[1]}


def encode_long(x):
    """Two's complement little-endian bytes, as short as the sign allows."""
    if x == 0:
        return b""
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder="little", signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    return int.from_bytes(data, byteorder="little", signed=True)


class _Framer:
    """Protocol 4 frames: opcodes are collected and written as frames of
    about 64 KiB; large strings and bytes go outside frames."""

    def __init__(self, file_write):
        self.file_write = file_write
        self.current_frame = None

    def start_framing(self):
        self.current_frame = []
        self.size = 0

    def end_framing(self):
        if self.current_frame is not None and self.size > 0:
            self.commit_frame(force=True)
        self.current_frame = None

    def commit_frame(self, force=False):
        if self.current_frame is not None:
            if self.size >= _FRAME_SIZE_TARGET or force:
                data = b"".join(self.current_frame)
                if len(data) >= _FRAME_SIZE_MIN:
                    self.file_write(FRAME + pack("<Q", len(data)))
                self.file_write(data)
                self.current_frame = []
                self.size = 0

    def write(self, data):
        if self.current_frame is not None:
            self.current_frame.append(data)
            self.size += len(data)
        else:
            self.file_write(data)

    def write_large_bytes(self, header, payload):
        if self.current_frame is not None:
            self.commit_frame(force=True)
        self.file_write(header)
        self.file_write(payload)


def _getattribute(obj, name):
    for subpath in name.split("."):
        if subpath == "<locals>":
            raise AttributeError("Can't get local attribute {!r} on {!r}"
                                 .format(name, obj))
        try:
            parent = obj
            obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}"
                                 .format(name, obj)) from None
    return obj, parent


def whichmodule(obj, name):
    """The module an object of qualified name `name` is found in."""
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        if module_name == "<fake __main__>":
            # A function or class of the main script, as another
            # interpreter runs it (see docs/embedding.md).
            return "__main__"
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name in ("__main__", "__mp_main__") or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return "__main__"


def _default_reduce(obj, proto):
    """object.__reduce_ex__(proto): CPython's reduce_newobj and
    copyreg._reduce_ex."""
    cls = type(obj)
    if proto < 2:
        for base in cls.__mro__:
            if base.__module__ != "builtins" or base is object:
                continue
            break
        else:
            base = object
        if base is object:
            state = None
        else:
            if base is cls:
                raise TypeError("cannot pickle %r object" % cls.__name__)
            state = base(obj)
        args = (cls, base, state)
        getstate = _user_getstate(cls)
        if getstate is not None:
            dict_ = getstate(obj)
        elif getattr(obj, "__slots__", None):
            raise TypeError("a class that defines __slots__ without defining "
                            "__getstate__ cannot be pickled")
        else:
            try:
                dict_ = obj.__dict__
            except AttributeError:
                dict_ = None
        if dict_:
            return copyreg._reconstructor, args, dict_
        return copyreg._reconstructor, args
    getnewargs_ex = getattr(obj, "__getnewargs_ex__", None)
    kwargs = None
    if getnewargs_ex is not None:
        r = getnewargs_ex()
        if not isinstance(r, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'"
                            % type(r).__name__)
        if len(r) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, "
                             "not %d" % len(r))
        args, kwargs = r
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ "
                            "must be a tuple, not '%s'" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ "
                            "must be a dict, not '%s'" % type(kwargs).__name__)
    else:
        getnewargs = getattr(obj, "__getnewargs__", None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError("__getnewargs__ should return a tuple, not '%s'"
                                % type(args).__name__)
        else:
            args = ()
    getstate = _user_getstate(cls)
    if getstate is not None:
        state = getstate(obj)
    else:
        state = _object_state(obj, cls, proto)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        if proto >= 4:
            return (copyreg.__newobj_ex__, (cls, args, kwargs), state,
                    listitems, dictitems)
        from functools import partial
        return (copyreg.__newobj__, (partial(cls.__new__, cls, *args, **kwargs),),
                state, listitems, dictitems)
    return copyreg.__newobj__, (cls,) + args, state, listitems, dictitems


def _object_state(obj, cls, proto):
    # object.__getstate__: the instance dict, plus a dict of set slots.
    if isinstance(obj, BaseException):
        d = obj.__dict__ if hasattr(obj, "__dict__") else None
        return d or None
    try:
        d = obj.__dict__
    except AttributeError:
        d = None
    if not d:
        d = None
    names = copyreg._slotnames(cls)
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            return d, slots
    elif d is None and not hasattr(obj, "__dict__") and cls.__module__ == "builtins":
        raise TypeError("cannot pickle %r object" % cls.__name__)
    return d


def _user_getstate(cls):
    for klass in cls.__mro__:
        if klass is object:
            return None
        if "__getstate__" in getattr(klass, "__dict__", {}):
            return klass.__dict__["__getstate__"]
    return None


_NoneType = type(None)
_EllipsisType = type(Ellipsis)
_NotImplementedType = type(NotImplemented)
_SINGLETONS = {_NoneType: None, _EllipsisType: Ellipsis,
               _NotImplementedType: NotImplemented}


def _reduce_builtin(obj):
    """The reductions CPython's builtin types define themselves."""
    t = type(obj)
    if t is range:
        return range, (obj.start, obj.stop, obj.step)
    if t is slice:
        return slice, (obj.start, obj.stop, obj.step)
    if t is bytes:
        # Protocols 0 to 2 have no bytes opcode: CPython's Python 2
        # compatible reduction.
        if not obj:
            return bytes, ()
        import _codecs
        return _codecs.encode, (str(obj, "latin1"), "latin1")
    if isinstance(obj, (set, frozenset)):
        state = getattr(obj, "__dict__", None) or None
        if state is None:
            return t, (list(obj),)
        return t, (list(obj),), state
    if obj is Ellipsis:
        return "Ellipsis"
    if obj is NotImplemented:
        return "NotImplemented"
    return None


def _reduce(obj, proto):
    """What pickling `obj` with protocol `proto` saves: the registry, then
    the object's own `__reduce_ex__`/`__reduce__`, then the default."""
    cls = type(obj)
    reduce = dispatch_table.get(cls)
    if reduce is not None:
        return reduce(obj)
    for klass in cls.__mro__:
        if klass is object:
            break
        d = getattr(klass, "__dict__", {})
        if "__reduce_ex__" in d:
            return d["__reduce_ex__"](obj, proto)
        if "__reduce__" in d:
            return d["__reduce__"](obj)
    return _object_reduce_ex(obj, proto)


def _object_reduce_ex(obj, proto):
    """object.__reduce_ex__(proto): the reduction of a value whose class
    defines none, which an override may also call through super()."""
    cls = type(obj)
    rv = _reduce_builtin(obj)
    if rv is not None:
        return rv
    if isinstance(obj, BaseException):
        args = obj.args
        state = _object_state(obj, cls, proto)
        if state:
            return cls, args, state
        return cls, args
    return _default_reduce(obj, proto)


def _batches(items):
    """Non-empty lists of up to _BATCHSIZE items, as the batching opcodes
    (APPENDS, SETITEMS, ADDITEMS) take them."""
    batch = []
    for x in items:
        batch.append(x)
        if len(batch) == _BATCHSIZE:
            yield batch
            batch = []
    if batch:
        yield batch


class Pickler:
    """Writes pickles of objects to a file (anything with `write`)."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.framer = _Framer(self._file_write)
        self.write = self.framer.write
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self.dispatch_table = dispatch_table

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % self.__class__.__name__)
        if self.proto >= 2:
            self.write(PROTO + pack("<B", self.proto))
        if self.proto >= 4:
            self.framer.start_framing()
        self.save(obj)
        self.write(STOP)
        self.framer.end_framing()

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if idx < 256:
                return BINPUT + pack("<B", idx)
            return LONG_BINPUT + pack("<I", idx)
        return PUT + repr(idx).encode("ascii") + b"\n"

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + pack("<B", i)
            return LONG_BINGET + pack("<I", i)
        return GET + repr(i).encode("ascii") + b"\n"

    def save(self, obj, save_persistent_id=True):
        self.framer.commit_frame()
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        t = type(obj)
        f = self.dispatch.get(t)
        if f is not None:
            f(self, obj)
            return
        reduce = getattr(self, "reducer_override", None)
        rv = NotImplemented
        if reduce is not None:
            rv = reduce(obj)
        if rv is NotImplemented:
            if obj is _NoneType or obj is _EllipsisType or obj is _NotImplementedType:
                self.save_reduce(type, (_SINGLETONS[obj],), obj=obj)
                return
            if isinstance(obj, type) or t.__name__ in ("function", "builtin_function_or_method"):
                self.save_global(obj)
                return
            reduce = self.dispatch_table.get(t) if self.dispatch_table is not dispatch_table \
                else dispatch_table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            else:
                rv = _reduce(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("%s must return string or tuple" % "__reduce__")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("Tuple returned by %s must have two to six elements"
                                % "__reduce__")
        self.save_reduce(*rv, obj=obj)

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by "
                                "__reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by "
                                "__reduce__ must be callable")
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj_ex__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                from functools import partial
                func = partial(cls.__new__, cls, *args, **kwargs)
                save(func)
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            args = args[1:]
            save(cls)
            save(args)
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    dispatch = {}

    def save_none(self, obj):
        self.write(NONE)
    dispatch[type(None)] = save_none

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)
    dispatch[bool] = save_bool

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    self.write(BININT1 + pack("<B", obj))
                    return
                if obj <= 0xffff:
                    self.write(BININT2 + pack("<H", obj))
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + pack("<i", obj))
                return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + pack("<B", n) + encoded)
            else:
                self.write(LONG4 + pack("<i", n) + encoded)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode("ascii") + b"\n")
        else:
            self.write(LONG + repr(obj).encode("ascii") + b"L\n")
    dispatch[int] = save_long

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack(">d", obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b"\n")
    dispatch[float] = save_float

    def save_bytes(self, obj):
        if self.proto < 3:
            self.save_reduce(*_reduce_builtin(obj), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + pack("<B", n) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self.framer.write_large_bytes(BINBYTES8 + pack("<Q", n), obj)
        elif n >= _FRAME_SIZE_TARGET:
            self.framer.write_large_bytes(BINBYTES + pack("<I", n), obj)
        else:
            self.write(BINBYTES + pack("<I", n) + obj)
        self.memoize(obj)
    dispatch[bytes] = save_bytes

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode("utf-8")
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + pack("<B", n) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self.framer.write_large_bytes(BINUNICODE8 + pack("<Q", n), encoded)
            elif n >= _FRAME_SIZE_TARGET:
                self.framer.write_large_bytes(BINUNICODE + pack("<I", n), encoded)
            else:
                self.write(BINUNICODE + pack("<I", n) + encoded)
        else:
            self.write(UNICODE + _raw_unicode_escape(obj) + b"\n")
        self.memoize(obj)
    dispatch[str] = save_str

    def save_tuple(self, obj):
        if not obj:
            if self.bin:
                self.write(EMPTY_TUPLE)
            else:
                self.write(MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            if id(obj) in memo:
                get = self.get(memo[id(obj)][0])
                self.write(POP * n + get)
            else:
                self.write(_TUPLESIZE2CODE[n])
                self.memoize(obj)
            return
        write = self.write
        write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            if self.bin:
                write(POP_MARK + get)
            else:
                write(POP * (n + 1) + get)
            return
        write(TUPLE)
        self.memoize(obj)
    dispatch[tuple] = save_tuple

    def save_list(self, obj):
        if self.bin:
            self.write(EMPTY_LIST)
        else:
            self.write(MARK + LIST)
        self.memoize(obj)
        self._batch_appends(obj)
    dispatch[list] = save_list

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        for tmp in _batches(items):
            if len(tmp) > 1:
                write(MARK)
                for x in tmp:
                    save(x)
                write(APPENDS)
            else:
                save(tmp[0])
                write(APPEND)

    def save_dict(self, obj):
        if self.bin:
            self.write(EMPTY_DICT)
        else:
            self.write(MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items())
    dispatch[dict] = save_dict

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        for tmp in _batches(items):
            if len(tmp) > 1:
                write(MARK)
                for k, v in tmp:
                    save(k)
                    save(v)
                write(SETITEMS)
            else:
                k, v = tmp[0]
                save(k)
                save(v)
                write(SETITEM)

    def save_set(self, obj):
        save = self.save
        write = self.write
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        write(EMPTY_SET)
        self.memoize(obj)
        for batch in _batches(obj):
            write(MARK)
            for item in batch:
                save(item)
            write(ADDITEMS)
    dispatch[set] = save_set

    def save_frozenset(self, obj):
        save = self.save
        write = self.write
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        write(MARK)
        for item in obj:
            save(item)
        if id(obj) in self.memo:
            write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        write(FROZENSET)
        self.memoize(obj)
    dispatch[frozenset] = save_frozenset

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, "__qualname__", None)
            if name is None:
                name = obj.__name__
        module_name, name, via_parent = _global_parts(obj, name, self.proto, self.fix_imports)
        write = self.write
        if name is None and via_parent is None:
            code = module_name
            if code <= 0xff:
                write(EXT1 + pack("<B", code))
            elif code <= 0xffff:
                write(EXT2 + pack("<H", code))
            else:
                write(EXT4 + pack("<i", code))
            return
        if via_parent is not None:
            self.save_reduce(getattr, via_parent)
        elif self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        else:
            write(GLOBAL + module_name.encode("utf-8") + b"\n" +
                  name.encode("utf-8") + b"\n")
        self.memoize(obj)


def _global_parts(obj, name, proto, fix_imports=True):
    """How save_global names `obj`: (module, name, None); (None, None,
    (parent, lastname)) for a nested name below protocol 4; (code, None,
    None) for a copyreg extension code. Raises pickle's errors."""
    module_name = whichmodule(obj, name)
    try:
        __import__(module_name, level=0)
        module = sys.modules[module_name]
        if getattr(obj, "__module__", None) == "<fake __main__>":
            # Defined by another interpreter's main script run here:
            # that interpreter's __main__ has it under this name.
            obj2, parent = obj, (module if "." not in name else None)
        else:
            obj2, parent = _getattribute(module, name)
    except (ImportError, KeyError, AttributeError):
        if "<locals>" in name.split("."):
            raise AttributeError("Can't pickle local object %r" % name) from None
        raise PicklingError(
            "Can't pickle %r: attribute lookup %s on %s failed" %
            (obj, name, module_name)) from None
    if obj2 is not obj:
        raise PicklingError(
            "Can't pickle %r: it's not the same object as %s.%s" %
            (obj, module_name, name))
    if proto >= 2:
        code = copyreg._extension_registry.get((module_name, name))
        if code:
            return code, None, None
    lastname = name.rpartition(".")[2]
    if parent is module:
        name = lastname
    if proto >= 4:
        return module_name, name, None
    if parent is not module:
        return None, None, (parent, lastname)
    if fix_imports and proto < 3:
        r_name = _REVERSE_NAMES.get((module_name, name))
        if r_name is not None:
            module_name, name = r_name
        else:
            module_name = _REVERSE_MODULES.get(module_name, module_name)
    return module_name, name, None


def _raw_unicode_escape(s):
    out = []
    for c in s:
        o = ord(c)
        if o >= 0x10000:
            out.append("\\U%08x" % o)
        elif o >= 256 or c in "\\\0\n\r\x1a":
            out.append("\\u%04x" % o)
        else:
            out.append(c)
    return "".join(out).encode("latin-1")


class Unpickler:
    """Reads pickles (any protocol) from a file (`read` and `readline`)."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII",
                 errors="strict", buffers=None):
        self._file_read = file.read
        self._file_readline = file.readline
        self._buf = b""
        self._pos = 0
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports
        self._buffers = iter(buffers) if buffers is not None else None

    def _read(self, n):
        pos = self._pos
        end = pos + n
        buf = self._buf
        if end <= len(buf):
            self._pos = end
            return buf[pos:end]
        rest = buf[pos:]
        self._buf = b""
        self._pos = 0
        data = rest + self._file_read(n - len(rest))
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _read_opcode(self):
        pos = self._pos
        buf = self._buf
        if pos < len(buf):
            self._pos = pos + 1
            return buf[pos]
        data = self._file_read(1)
        if not data:
            raise EOFError("Ran out of input")
        self._buf = b""
        self._pos = 0
        return data[0]

    def _readline(self):
        buf = self._buf
        i = buf.find(b"\n", self._pos)
        if i >= 0:
            line = buf[self._pos:i + 1]
            self._pos = i + 1
            return line
        rest = buf[self._pos:]
        self._buf = b""
        self._pos = 0
        line = rest + self._file_readline()
        if not line.endswith(b"\n"):
            raise UnpicklingError("pickle data was truncated")
        return line

    def load(self):
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % self.__class__.__name__)
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        dispatch = self.dispatch
        try:
            while True:
                key = self._read_opcode()
                f = dispatch.get(key)
                if f is None:
                    raise UnpicklingError("invalid load key, '%s'." % chr(key))
                f(self)
        except _Stop as stopinst:
            return stopinst.value
        except IndexError:
            raise UnpicklingError("unpickling stack underflow") from None

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, "
                              "but no persistent_load function was specified.")

    dispatch = {}

    def load_proto(self):
        proto = self._read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto
    dispatch[PROTO[0]] = load_proto

    def load_frame(self):
        frame_size, = unpack("<Q", self._read(8))
        if frame_size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % frame_size)
        data = self._read(frame_size)
        # The frame becomes the buffer; what is left of the old one (if
        # any, the caller's data) stays after it.
        self._buf = data + self._buf[self._pos:]
        self._pos = 0
    dispatch[FRAME[0]] = load_frame

    def load_persid(self):
        try:
            pid = self._readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))
    dispatch[PERSID[0]] = load_persid

    def load_binpersid(self):
        pid = self.stack.pop()
        self.append(self.persistent_load(pid))
    dispatch[BINPERSID[0]] = load_binpersid

    def load_none(self):
        self.append(None)
    dispatch[NONE[0]] = load_none

    def load_false(self):
        self.append(False)
    dispatch[NEWFALSE[0]] = load_false

    def load_true(self):
        self.append(True)
    dispatch[NEWTRUE[0]] = load_true

    def load_int(self):
        data = self._readline()
        if data == b"00\n":
            val = False
        elif data == b"01\n":
            val = True
        else:
            val = int(data.decode("ascii"))
        self.append(val)
    dispatch[INT[0]] = load_int

    def load_binint(self):
        self.append(unpack("<i", self._read(4))[0])
    dispatch[BININT[0]] = load_binint

    def load_binint1(self):
        self.append(self._read(1)[0])
    dispatch[BININT1[0]] = load_binint1

    def load_binint2(self):
        self.append(unpack("<H", self._read(2))[0])
    dispatch[BININT2[0]] = load_binint2

    def load_long(self):
        val = self._readline()[:-1].decode("ascii")
        if val and val[-1] == "L":
            val = val[:-1]
        self.append(int(val))
    dispatch[LONG[0]] = load_long

    def load_long1(self):
        n = self._read(1)[0]
        self.append(decode_long(self._read(n)))
    dispatch[LONG1[0]] = load_long1

    def load_long4(self):
        n, = unpack("<i", self._read(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self._read(n)))
    dispatch[LONG4[0]] = load_long4

    def load_float(self):
        self.append(float(self._readline()[:-1].decode("ascii")))
    dispatch[FLOAT[0]] = load_float

    def load_binfloat(self):
        self.append(unpack(">d", self._read(8))[0])
    dispatch[BINFLOAT[0]] = load_binfloat

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = _load_string_line(self._readline()[:-1])
        self.append(self._decode_string(data))
    dispatch[STRING[0]] = load_string

    def load_binstring(self):
        n, = unpack("<i", self._read(4))
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self._read(n)))
    dispatch[BINSTRING[0]] = load_binstring

    def load_binbytes(self):
        n, = unpack("<I", self._read(4))
        self.append(self._read(n))
    dispatch[BINBYTES[0]] = load_binbytes

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self._readline()[:-1]))
    dispatch[UNICODE[0]] = load_unicode

    def load_binunicode(self):
        n, = unpack("<I", self._read(4))
        self.append(str(self._read(n), "utf-8", "surrogatepass"))
    dispatch[BINUNICODE[0]] = load_binunicode

    def load_binunicode8(self):
        n, = unpack("<Q", self._read(8))
        self.append(str(self._read(n), "utf-8", "surrogatepass"))
    dispatch[BINUNICODE8[0]] = load_binunicode8

    def load_binbytes8(self):
        n, = unpack("<Q", self._read(8))
        self.append(self._read(n))
    dispatch[BINBYTES8[0]] = load_binbytes8

    def load_bytearray8(self):
        n, = unpack("<Q", self._read(8))
        self.append(self._read(n))
    dispatch[BYTEARRAY8[0]] = load_bytearray8

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers")
        self.append(buf)
    dispatch[NEXT_BUFFER[0]] = load_next_buffer

    def load_readonly_buffer(self):
        pass
    dispatch[READONLY_BUFFER[0]] = load_readonly_buffer

    def load_short_binstring(self):
        n = self._read(1)[0]
        self.append(self._decode_string(self._read(n)))
    dispatch[SHORT_BINSTRING[0]] = load_short_binstring

    def load_short_binbytes(self):
        n = self._read(1)[0]
        self.append(self._read(n))
    dispatch[SHORT_BINBYTES[0]] = load_short_binbytes

    def load_short_binunicode(self):
        n = self._read(1)[0]
        self.append(str(self._read(n), "utf-8", "surrogatepass"))
    dispatch[SHORT_BINUNICODE[0]] = load_short_binunicode

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))
    dispatch[TUPLE[0]] = load_tuple

    def load_empty_tuple(self):
        self.append(())
    dispatch[EMPTY_TUPLE[0]] = load_empty_tuple

    def load_tuple1(self):
        self.stack[-1] = (self.stack[-1],)
    dispatch[TUPLE1[0]] = load_tuple1

    def load_tuple2(self):
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]
    dispatch[TUPLE2[0]] = load_tuple2

    def load_tuple3(self):
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]
    dispatch[TUPLE3[0]] = load_tuple3

    def load_empty_list(self):
        self.append([])
    dispatch[EMPTY_LIST[0]] = load_empty_list

    def load_empty_dictionary(self):
        self.append({})
    dispatch[EMPTY_DICT[0]] = load_empty_dictionary

    def load_empty_set(self):
        self.append(set())
    dispatch[EMPTY_SET[0]] = load_empty_set

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))
    dispatch[FROZENSET[0]] = load_frozenset

    def load_list(self):
        items = self.pop_mark()
        self.append(items)
    dispatch[LIST[0]] = load_list

    def load_dict(self):
        items = self.pop_mark()
        d = {items[i]: items[i + 1] for i in range(0, len(items), 2)}
        self.append(d)
    dispatch[DICT[0]] = load_dict

    def load_inst(self):
        module = self._readline()[:-1].decode("ascii")
        name = self._readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self.append(_instantiate(klass, self.pop_mark()))
    dispatch[INST[0]] = load_inst

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self.append(_instantiate(cls, args))
    dispatch[OBJ[0]] = load_obj

    def load_newobj(self):
        args = self.stack.pop()
        cls = self.stack.pop()
        obj = cls.__new__(cls, *args)
        self.append(obj)
    dispatch[NEWOBJ[0]] = load_newobj

    def load_newobj_ex(self):
        kwargs = self.stack.pop()
        args = self.stack.pop()
        cls = self.stack.pop()
        obj = cls.__new__(cls, *args, **kwargs)
        self.append(obj)
    dispatch[NEWOBJ_EX[0]] = load_newobj_ex

    def load_global(self):
        module = self._readline()[:-1].decode("utf-8")
        name = self._readline()[:-1].decode("utf-8")
        klass = self.find_class(module, name)
        self.append(klass)
    dispatch[GLOBAL[0]] = load_global

    def load_stack_global(self):
        name = self.stack.pop()
        module = self.stack.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))
    dispatch[STACK_GLOBAL[0]] = load_stack_global

    def load_ext1(self):
        self.get_extension(self._read(1)[0])
    dispatch[EXT1[0]] = load_ext1

    def load_ext2(self):
        self.get_extension(unpack("<H", self._read(2))[0])
    dispatch[EXT2[0]] = load_ext2

    def load_ext4(self):
        self.get_extension(unpack("<i", self._read(4))[0])
    dispatch[EXT4[0]] = load_ext4

    def get_extension(self, code):
        self.append(_extension(code, lambda m, n, proto: self.find_class(m, n)))

    def find_class(self, module, name):
        """The object `module.name` (a class, a function) a pickle names."""
        return _find_class(module, name, self.proto, self.fix_imports)

    def load_reduce(self):
        stack = self.stack
        args = stack.pop()
        func = stack[-1]
        stack[-1] = func(*args)
    dispatch[REDUCE[0]] = load_reduce

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        else:
            self.pop_mark()
    dispatch[POP[0]] = load_pop

    def load_pop_mark(self):
        self.pop_mark()
    dispatch[POP_MARK[0]] = load_pop_mark

    def load_dup(self):
        self.append(self.stack[-1])
    dispatch[DUP[0]] = load_dup

    def _memo_get(self, i):
        try:
            return self.memo[i]
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        i = int(self._readline()[:-1].decode("ascii"))
        self.append(self._memo_get(i))
    dispatch[GET[0]] = load_get

    def load_binget(self):
        self.append(self._memo_get(self._read(1)[0]))
    dispatch[BINGET[0]] = load_binget

    def load_long_binget(self):
        i, = unpack("<I", self._read(4))
        self.append(self._memo_get(i))
    dispatch[LONG_BINGET[0]] = load_long_binget

    def load_put(self):
        i = int(self._readline()[:-1].decode("ascii"))
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self.stack[-1]
    dispatch[PUT[0]] = load_put

    def load_binput(self):
        self.memo[self._read(1)[0]] = self.stack[-1]
    dispatch[BINPUT[0]] = load_binput

    def load_long_binput(self):
        i, = unpack("<I", self._read(4))
        self.memo[i] = self.stack[-1]
    dispatch[LONG_BINPUT[0]] = load_long_binput

    def load_memoize(self):
        self.memo[len(self.memo)] = self.stack[-1]
    dispatch[MEMOIZE[0]] = load_memoize

    def load_append(self):
        value = self.stack.pop()
        self.stack[-1].append(value)
    dispatch[APPEND[0]] = load_append

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self.stack[-1]
        if isinstance(list_obj, list):
            list_obj.extend(items)
        else:
            extend = getattr(list_obj, "extend", None)
            if extend is not None:
                extend(items)
            else:
                for item in items:
                    list_obj.append(item)
    dispatch[APPENDS[0]] = load_appends

    def load_setitem(self):
        stack = self.stack
        value = stack.pop()
        key = stack.pop()
        stack[-1][key] = value
    dispatch[SETITEM[0]] = load_setitem

    def load_setitems(self):
        items = self.pop_mark()
        d = self.stack[-1]
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
    dispatch[SETITEMS[0]] = load_setitems

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self.stack[-1]
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            for item in items:
                set_obj.add(item)
    dispatch[ADDITEMS[0]] = load_additems

    def load_build(self):
        stack = self.stack
        state = stack.pop()
        inst = stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)
    dispatch[BUILD[0]] = load_build

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append
    dispatch[MARK[0]] = load_mark

    def load_stop(self):
        value = self.stack.pop()
        raise _Stop(value)
    dispatch[STOP[0]] = load_stop


def _find_class(module, name, proto, fix_imports=True, main_fallback=None):
    """Unpickler.find_class, for the native unpickler too."""
    if proto < 3 and fix_imports:
        if (module, name) in _NAMES:
            module, name = _NAMES[(module, name)]
        else:
            module = _MODULES.get(module, module)
    __import__(module, level=0)
    if module == "__main__" and main_fallback is not None:
        # The receiver's own __main__ first; the sender's script otherwise
        # (checked without raising: this runs for every object that crosses).
        if name.partition(".")[0] not in sys.modules[module].__dict__:
            return _find_in_namespace(main_fallback(), name)
        return _getattribute(sys.modules[module], name)[0]
    if proto >= 4:
        return _getattribute(sys.modules[module], name)[0]
    m = sys.modules[module]
    try:
        return getattr(m, name)
    except AttributeError:
        raise AttributeError("Can't get attribute {!r} on {!r}".format(name, m)) from None


def _finder(fix_imports, main_fallback):
    def find_class(module, name, proto):
        return _find_class(module, name, proto, fix_imports, main_fallback)
    return find_class


def _extension(code, find_class):
    obj = copyreg._extension_cache.get(code, copyreg._extension_cache)
    if obj is not copyreg._extension_cache:
        return obj
    key = copyreg._inverted_registry.get(code)
    if not key:
        if code <= 0:
            raise UnpicklingError("EXT specifies code <= 0")
        raise ValueError("unregistered extension code %d" % code)
    obj = find_class(key[0], key[1], 4)
    copyreg._extension_cache[code] = obj
    return obj


def _instantiate(klass, args):
    if (args or not isinstance(klass, type) or
            hasattr(klass, "__getinitargs__")):
        try:
            return klass(*args)
        except TypeError as err:
            raise TypeError("in constructor for %s: %s" %
                            (klass.__name__, str(err)))
    return klass.__new__(klass)


def _load_string_line(data):
    if len(data) >= 2 and data[0] == data[-1] and data[0] in b"\"'":
        return _unescape_bytes(data[1:-1])
    raise UnpicklingError("the STRING opcode argument must be quoted")


def _find_in_namespace(ns, name):
    first, _, rest = name.partition(".")
    try:
        obj = ns[first]
    except KeyError:
        raise AttributeError("Can't get attribute %r on <module '__main__'>" % name) from None
    for part in rest.split(".") if rest else ():
        obj = getattr(obj, part)
    return obj


def _loads_xi(data, main_fallback):
    """loads() for a pickle another interpreter made (PEP 734's fallback
    for objects that are not shareable): a name of that interpreter's
    __main__ missing here comes from main_fallback(), its main script's
    namespace run here once."""
    return _native.loads(data, _finder(True, main_fallback), "ASCII", "strict")


def _raw_unicode_unescape(data):
    s = data.decode("latin-1")
    if "\\" not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == "\\" and i + 1 < n and s[i + 1] in "uU":
            width = 4 if s[i + 1] == "u" else 8
            out.append(chr(int(s[i + 2:i + 2 + width], 16)))
            i += 2 + width
        else:
            out.append(c)
            i += 1
    return "".join(out)


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", "'": "'", '"': '"',
            "a": "\a", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


def _unescape_bytes(data):
    s = data.decode("latin-1")
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            nxt = s[i + 1]
            if nxt == "x":
                out.append(chr(int(s[i + 2:i + 4], 16)))
                i += 4
                continue
            if nxt in _ESCAPES:
                out.append(_ESCAPES[nxt])
                i += 2
                continue
        out.append(c)
        i += 1
    return "".join(out).encode("latin-1")


class _BytesWriter:
    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)


class _BytesReader:
    def __init__(self, data):
        self.data = data

    def read(self, n):
        return b""

    def readline(self):
        return b""


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    if protocol is None:
        protocol = DEFAULT_PROTOCOL
    if 2 <= protocol <= HIGHEST_PROTOCOL and fix_imports:
        try:
            return _native.dumps(obj, protocol)
        except NotImplementedError:
            pass  # a reduction with a state setter: pickle.py writes it
    f = _BytesWriter()
    Pickler(f, protocol, fix_imports=fix_imports).dump(obj)
    return b"".join(f.parts)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if buffers is None:
        return _native.loads(data, _finder(fix_imports, None), encoding, errors)
    u = Unpickler(_BytesReader(data), fix_imports=fix_imports, buffers=buffers,
                  encoding=encoding, errors=errors)
    u._buf = bytes(data)
    return u.load()
