//! `_fileio`: open files with their buffers, the layer `io.py` builds
//! `FileIO`, the buffered classes and `TextIOWrapper` on.
//!
//! A file is an opaque handle owning a `std::fs::File` and its read and
//! write buffers. The buffers live here, not in Python, so that a file a
//! program never closes still has its data written when the handle dies
//! (`open(p, "w").write(s)` works as in CPython, without finalizers), and so
//! that line reading scans bytes natively.

use super::Namespace;
use crate::builtins::{arg_count, builtin_table, no_kwargs};
use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::{KwArgs, Obj, Payload};
use crate::vm::{os_error, os_error_path, Vm};
use std::cell::RefCell;
use std::fs::File;
use std::io::{IsTerminal, Read, Seek, SeekFrom, Write};
use std::os::fd::AsRawFd;

builtin_table! {
    static FUNCTIONS = [
    "open" => open,
    "read" => read,
    "readline" => readline,
    "write" => write,
    "flush" => flush,
    "seek" => seek,
    "tell" => tell,
    "truncate" => truncate,
    "close" => close,
    "fileno" => fileno,
    "isatty" => isatty,
    "decode" => decode,
    "text_reader" => text_reader,
    "text_writer" => text_writer,
    ];
}

pub(super) fn init(_vm: &mut Vm, ns: &mut Namespace) {
    ns.functions(&FUNCTIONS);
}

/// Bytes read from the file at once, and written once this many are
/// buffered.
const CHUNK: usize = 64 * 1024;

/// An open file and its buffers. At most one buffer holds data: a write
/// drops the read-ahead (moving the file position back to the logical
/// one) and a read flushes pending writes first.
struct OpenFile {
    file: File,
    /// Read-ahead: `rbuf[rpos..]` is not yet consumed.
    rbuf: Vec<u8>,
    rpos: usize,
    /// Written, not yet handed to the kernel.
    wbuf: Vec<u8>,
    /// `buffering=0`: every write goes straight to the file.
    unbuffered: bool,
}

impl OpenFile {
    fn flush_writes(&mut self) -> std::io::Result<()> {
        if !self.wbuf.is_empty() {
            let r = self.file.write_all(&self.wbuf);
            self.wbuf.clear();
            r?;
        }
        Ok(())
    }

    /// Gives back the read-ahead, so the kernel's position is the
    /// program's.
    fn drop_read_ahead(&mut self) -> std::io::Result<()> {
        let unread = self.rbuf.len() - self.rpos;
        self.rbuf.clear();
        self.rpos = 0;
        if unread > 0 {
            self.file.seek(SeekFrom::Current(-(unread as i64)))?;
        }
        Ok(())
    }

    /// Reads one more chunk into the read-ahead; false at end of file.
    fn fill(&mut self) -> std::io::Result<bool> {
        if self.rpos > 0 {
            self.rbuf.drain(..self.rpos);
            self.rpos = 0;
        }
        let old = self.rbuf.len();
        self.rbuf.resize(old + CHUNK, 0);
        let got = loop {
            match self.file.read(&mut self.rbuf[old..]) {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                r => break r,
            }
        };
        self.rbuf.truncate(old + *got.as_ref().unwrap_or(&0));
        Ok(got? > 0)
    }

    fn take(&mut self, n: usize) -> Vec<u8> {
        let out = self.rbuf[self.rpos..self.rpos + n].to_vec();
        self.rpos += n;
        out
    }
}

impl Drop for OpenFile {
    fn drop(&mut self) {
        // As CPython's finalizer: a file dropped unclosed is flushed; an
        // error then has nobody to report to.
        let _ = self.flush_writes();
    }
}

/// The state behind a file handle; `None` once closed.
struct FileHandle(RefCell<Option<OpenFile>>);

fn with_file<R>(v: &Value, f: impl FnOnce(&mut OpenFile) -> PyResult<R>) -> PyResult<R> {
    let Some(Payload::Handle(h)) = v.payload() else {
        return Err(PyErr::type_error("expected a file handle"));
    };
    let raw = h
        .downcast_ref::<FileHandle>()
        .ok_or_else(|| PyErr::type_error("expected a file handle"))?;
    let mut slot = raw.0.borrow_mut();
    match slot.as_mut() {
        Some(file) => f(file),
        None => Err(PyErr::value_error("I/O operation on closed file.")),
    }
}

/// `open(path, mode, unbuffered)`: `mode` is one of `r`, `w`, `a`, `x`,
/// each maybe with `+`; `io.py` has already checked and normalised it.
fn open(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("open", kwargs)?;
    arg_count("open", args, 3, 3)?;
    let path = &args[0];
    let p = path.as_str().ok_or_else(|| {
        PyErr::type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            crate::object::types::type_name(path)
        ))
    })?;
    let mode = args[1].as_str().unwrap_or("r");
    let plus = mode.contains('+');
    let mut opts = std::fs::OpenOptions::new();
    match mode.chars().next() {
        Some('w') => opts.write(true).create(true).truncate(true).read(plus),
        Some('a') => opts.append(true).create(true).read(plus),
        Some('x') => opts.write(true).create_new(true).read(plus),
        _ => opts.read(true).write(plus),
    };
    if p.is_empty() {
        let e = std::io::Error::from_raw_os_error(2);
        return Err(os_error_path(&e, path));
    }
    let file = opts.open(p).map_err(|e| os_error_path(&e, path))?;
    // Linux opens a directory for reading; CPython's FileIO refuses it.
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(os_error_path(&e, path));
    }
    let open = OpenFile {
        file,
        rbuf: Vec::new(),
        rpos: 0,
        wbuf: Vec::new(),
        unbuffered: crate::protocol::ops::truthy(&args[2]),
    };
    Ok(Obj::alloc(Payload::Handle(Box::new(FileHandle(
        RefCell::new(Some(open)),
    )))))
}

/// `read(h, n)`: `n` bytes, fewer only at end of file; everything left
/// when `n` is negative.
fn read(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("read", kwargs)?;
    arg_count("read", args, 2, 2)?;
    let n = crate::protocol::number::index_of(&args[1])?;
    with_file(&args[0], |f| {
        f.flush_writes().map_err(|e| os_error(&e))?;
        if n < 0 {
            let mut out = f.take(f.rbuf.len() - f.rpos);
            f.file.read_to_end(&mut out).map_err(|e| os_error(&e))?;
            return Ok(Value::bytes(out));
        }
        let n = n as usize;
        while f.rbuf.len() - f.rpos < n {
            if !f.fill().map_err(|e| os_error(&e))? {
                break;
            }
        }
        let n = n.min(f.rbuf.len() - f.rpos);
        Ok(Value::bytes(f.take(n)))
    })
}

/// How a UTF-8 text file splits and translates lines (its `newline`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lines {
    /// `newline='\n'`: lines end at `\n` only.
    Newline,
    /// `newline=''`: any of `\n`, `\r`, `\r\n` ends a line, kept as is.
    Universal,
    /// `newline=None`: any ending, translated to `\n`.
    Translated,
}

/// The next line of `f`, as bytes (empty at end of file).
fn next_line(f: &mut OpenFile, limit: usize, universal: bool) -> std::io::Result<Vec<u8>> {
    f.flush_writes()?;
    let mut scanned = 0;
    loop {
        let avail = &f.rbuf[f.rpos..];
        let hit = if universal {
            memchr::memchr2(b'\n', b'\r', &avail[scanned..])
        } else {
            memchr::memchr(b'\n', &avail[scanned..])
        };
        if let Some(i) = hit {
            let at = scanned + i;
            // A `\r` that ends the buffer may be half of `\r\n`.
            if avail[at] == b'\r' && at + 1 == avail.len() && f.fill()? {
                scanned = at;
                continue;
            }
            let avail = &f.rbuf[f.rpos..];
            let crlf = avail[at] == b'\r' && avail.get(at + 1) == Some(&b'\n');
            let end = at + 1 + usize::from(crlf);
            return Ok(f.take(end.min(limit)));
        }
        scanned = avail.len();
        if scanned >= limit {
            return Ok(f.take(limit));
        }
        if !f.fill()? {
            let n = (f.rbuf.len() - f.rpos).min(limit);
            return Ok(f.take(n));
        }
    }
}

/// `text_reader(h, mode)`: a function returning the next line of a UTF-8
/// text file as str (`''` at the end), for `iter(reader, '')`: iterating
/// a text file then runs no Python code per line.
fn text_reader(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    bound_text_fn(&TEXT_LINE, args, kwargs)
}

/// `text_writer(h, newline)`: a function that writes a str to a UTF-8
/// text file (translating `\n` as `newline` asks), for `file.write`.
fn text_writer(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    bound_text_fn(&TEXT_WRITE, args, kwargs)
}

fn bound_text_fn(
    def: &'static crate::object::BuiltinDef,
    args: &[Value],
    kwargs: &KwArgs,
) -> PyResult<Value> {
    no_kwargs(def.name, kwargs)?;
    arg_count(def.name, args, 2, 2)?;
    Ok(Obj::alloc(Payload::Builtin(crate::object::BuiltinObj {
        def,
        bound: Some(Value::tuple(args.to_vec())),
    })))
}

static TEXT_LINE: crate::object::BuiltinDef = crate::object::BuiltinDef {
    name: "readline",
    func: text_line,
    kind: crate::object::BuiltinKind::Method,
};

static TEXT_WRITE: crate::object::BuiltinDef = crate::object::BuiltinDef {
    name: "write",
    func: text_write,
    kind: crate::object::BuiltinKind::Method,
};

fn text_line(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("readline", kwargs)?;
    let (h, mode) = match args.first().and_then(Value::as_tuple) {
        Some([h, m]) if args.len() == 1 => (h.clone(), m.as_small_int().unwrap_or(0)),
        _ => return Err(PyErr::type_error("readline() takes no arguments")),
    };
    let lines = match mode {
        0 => Lines::Newline,
        1 => Lines::Universal,
        _ => Lines::Translated,
    };
    let raw = with_file(&h, |f| {
        next_line(f, usize::MAX, lines != Lines::Newline).map_err(|e| os_error(&e))
    })?;
    let mut text = crate::builtins::codec::decode(
        &raw,
        crate::builtins::codec::Encoding::Utf8,
        Ok(crate::builtins::codec::Errors::Strict),
    )?;
    if lines == Lines::Translated {
        if text.ends_with("\r\n") {
            text.truncate(text.len() - 2);
            text.push('\n');
        } else if text.ends_with('\r') {
            text.pop();
            text.push('\n');
        }
    }
    Ok(Value::string(text))
}

fn text_write(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("write", kwargs)?;
    let (h, newline) = match args.first().and_then(Value::as_tuple) {
        Some([h, n]) => (h.clone(), n.clone()),
        _ => return Err(PyErr::type_error("expected a file handle")),
    };
    let s = match args.get(1..) {
        Some([s]) => s,
        _ => {
            return Err(PyErr::type_error(format!(
                "write() takes exactly one argument ({} given)",
                args.len().saturating_sub(1)
            )))
        }
    };
    let Some(text) = s.as_str() else {
        return Err(PyErr::type_error(format!(
            "write() argument must be str, not {}",
            crate::object::types::type_name(s)
        )));
    };
    let chars = s.as_str_obj().map_or(0, crate::object::StrObj::char_len);
    let translated;
    let data = match newline.as_str() {
        Some(nl) if nl != "\n" && !nl.is_empty() && text.contains('\n') => {
            translated = text.replace('\n', nl);
            translated.as_bytes()
        }
        _ => text.as_bytes(),
    };
    with_file(&h, |f| {
        f.drop_read_ahead().map_err(|e| os_error(&e))?;
        crate::object::alloc::extend(&mut f.wbuf, data.iter().copied())?;
        if f.unbuffered || f.wbuf.len() >= CHUNK {
            f.flush_writes().map_err(|e| os_error(&e))?;
        }
        Ok(Value::int(chars as i64))
    })
}

/// `readline(h, limit, universal)`: bytes up to and including the next
/// `\n` (with `universal`, also a lone `\r` or `\r\n`), at most `limit`
/// bytes when `limit` is not negative; empty at end of file.
fn readline(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("readline", kwargs)?;
    arg_count("readline", args, 3, 3)?;
    let limit = crate::protocol::number::index_of(&args[1])?;
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    let universal = crate::protocol::ops::truthy(&args[2]);
    with_file(&args[0], |f| {
        next_line(f, limit, universal)
            .map(Value::bytes)
            .map_err(|e| os_error(&e))
    })
}

/// `write(h, data)`: buffers (or writes) all of `data`, returns its length.
fn write(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("write", kwargs)?;
    arg_count("write", args, 2, 2)?;
    let data = crate::builtins::bytes::bytes_like(&args[1])?;
    with_file(&args[0], |f| {
        f.drop_read_ahead().map_err(|e| os_error(&e))?;
        crate::object::alloc::extend(&mut f.wbuf, data.iter().copied())?;
        if f.unbuffered || f.wbuf.len() >= CHUNK {
            f.flush_writes().map_err(|e| os_error(&e))?;
        }
        Ok(Value::int(data.len() as i64))
    })
}

fn flush(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let h = crate::builtins::one_arg("flush", args, kwargs)?;
    with_file(h, |f| {
        f.flush_writes().map_err(|e| os_error(&e))?;
        Ok(Value::none())
    })
}

/// `seek(h, offset, whence)`: the new absolute position.
fn seek(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("seek", kwargs)?;
    arg_count("seek", args, 3, 3)?;
    let off = crate::protocol::number::index_of(&args[1])?;
    let whence = crate::protocol::number::index_of(&args[2])?;
    let to = match whence {
        0 if off < 0 => return Err(PyErr::value_error(format!("negative seek position {off}"))),
        0 => SeekFrom::Start(off as u64),
        1 => SeekFrom::Current(off),
        2 => SeekFrom::End(off),
        _ => {
            return Err(PyErr::value_error(format!(
                "whence value {whence} unsupported"
            )))
        }
    };
    with_file(&args[0], |f| {
        f.flush_writes().map_err(|e| os_error(&e))?;
        f.drop_read_ahead().map_err(|e| os_error(&e))?;
        let pos = f.file.seek(to).map_err(|e| os_error(&e))?;
        Ok(Value::int(pos as i64))
    })
}

/// `tell(h)`: the program's position (the kernel's, corrected for the
/// buffers).
fn tell(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let h = crate::builtins::one_arg("tell", args, kwargs)?;
    with_file(h, |f| {
        let pos = f.file.stream_position().map_err(|e| os_error(&e))?;
        let pos = pos as i64 - (f.rbuf.len() - f.rpos) as i64 + f.wbuf.len() as i64;
        Ok(Value::int(pos))
    })
}

fn truncate(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("truncate", kwargs)?;
    arg_count("truncate", args, 2, 2)?;
    let size = crate::protocol::number::index_of(&args[1])?;
    let size = u64::try_from(size).map_err(|_| PyErr::value_error("negative size value"))?;
    with_file(&args[0], |f| {
        f.flush_writes().map_err(|e| os_error(&e))?;
        f.drop_read_ahead().map_err(|e| os_error(&e))?;
        f.file.set_len(size).map_err(|e| os_error(&e))?;
        Ok(Value::int(size as i64))
    })
}

/// `close(h)`: flushes and closes; closing twice is allowed. A failed
/// flush still closes the file, then raises.
fn close(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let h = crate::builtins::one_arg("close", args, kwargs)?;
    if let Some(Payload::Handle(b)) = h.payload() {
        if let Some(raw) = b.downcast_ref::<FileHandle>() {
            let file = raw.0.borrow_mut().take();
            if let Some(mut f) = file {
                f.flush_writes().map_err(|e| os_error(&e))?;
            }
        }
    }
    Ok(Value::none())
}

fn fileno(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let h = crate::builtins::one_arg("fileno", args, kwargs)?;
    with_file(h, |f| Ok(Value::int(i64::from(f.file.as_raw_fd()))))
}

fn isatty(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let h = crate::builtins::one_arg("isatty", args, kwargs)?;
    with_file(h, |f| Ok(Value::bool(f.file.is_terminal())))
}

/// `decode(data, encoding, errors, final)`: `(text, used)`, the
/// incremental decoder text files read with: an incomplete UTF-8
/// sequence at the end of a non-final chunk is left for the next one.
fn decode(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    use crate::builtins::codec;
    no_kwargs("decode", kwargs)?;
    arg_count("decode", args, 4, 4)?;
    let data = crate::builtins::bytes::bytes_like(&args[0])?;
    let (enc, errors) = codec::args("decode", Some(&args[1]), Some(&args[2]))?;
    let last = crate::protocol::ops::truthy(&args[3]);
    let (text, used) = match enc {
        codec::Encoding::Utf8 => codec::decode_utf8(data, errors, last)?,
        _ => (codec::decode(data, enc, errors)?, data.len()),
    };
    Ok(Value::tuple(vec![
        Value::string(text),
        Value::int(used as i64),
    ]))
}
