"""Conversion between Python values and C structs as bytes, as CPython's
struct module (the work is native, in `_struct`)."""

from _struct import error, pack, unpack, calcsize

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from",
           "iter_unpack", "Struct", "error"]


def unpack_from(format, buffer, offset=0):
    size = calcsize(format)
    if offset < 0:
        offset += len(buffer)
        if offset < 0:
            raise error("offset %d out of range for %d-byte buffer"
                        % (offset - len(buffer), len(buffer)))
    if len(buffer) - offset < size:
        raise error("unpack_from requires a buffer of at least %d bytes for "
                    "unpacking %d bytes at offset %d (actual buffer size is %d)"
                    % (size + offset, size, offset, len(buffer)))
    return unpack(format, bytes(buffer[offset:offset + size]))


def iter_unpack(format, buffer):
    size = calcsize(format)
    if size == 0:
        raise error("cannot iteratively unpack with a struct of length 0")
    if len(buffer) % size:
        raise error("iterative unpacking requires a buffer of a multiple of "
                    "%d bytes" % size)
    return (unpack(format, bytes(buffer[i:i + size]))
            for i in range(0, len(buffer), size))


def pack_into(format, buffer, offset, *v):
    raise NotImplementedError("struct.pack_into needs bytearray, which coral does not have yet")


class Struct:
    """A compiled format: pack, unpack and size for one format string."""

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode("ascii")
        self.size = calcsize(format)
        self.format = format

    def pack(self, *v):
        return pack(self.format, *v)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)

    def __repr__(self):
        return "Struct(%r)" % self.format
