//! `bytes`: the constructor and the methods files, pickles and encodings
//! need. Positions are byte offsets; searches use `memchr`'s `memmem`.

use super::codec;
use super::methods::{method_args, no_kw};
use crate::method_table;
use crate::object::error::{PyErr, PyResult};
use crate::object::types;
use crate::object::value::Value;
use crate::object::KwArgs;
use crate::vm::Vm;

method_table! {
    /// The methods of `bytes`.
    pub static BYTES_METHODS = [
    "decode" => decode,
    "join" => join,
    "startswith" => startswith,
    "endswith" => endswith,
    "find" => find,
    "rfind" => rfind,
    "index" => index,
    "rindex" => rindex,
    "count" => count,
    "split" => split,
    "strip" => strip,
    "lstrip" => lstrip,
    "rstrip" => rstrip,
    "replace" => replace,
    "partition" => partition,
    "rpartition" => rpartition,
    "splitlines" => splitlines,
    "removeprefix" => removeprefix,
    "removesuffix" => removesuffix,
    "hex" => hex,
    "fromhex" => fromhex as ClassMethod,
    "upper" => upper,
    "lower" => lower,
    "isdigit" => isdigit,
    "isalpha" => isalpha,
    "isalnum" => isalnum,
    "isspace" => isspace,
    "isascii" => isascii,
    ];
}

/// The contents of a bytes-like argument, or CPython's `TypeError`.
pub(crate) fn bytes_like(v: &Value) -> PyResult<&[u8]> {
    v.as_bytes().ok_or_else(|| {
        PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            types::type_name(v)
        ))
    })
}

fn this<'a>(name: &str, args: &'a [Value]) -> PyResult<&'a [u8]> {
    args.first()
        .and_then(Value::as_bytes)
        .ok_or_else(|| PyErr::type_error(format!("descriptor '{name}' requires a 'bytes' object")))
}

/// `bytes()`, `bytes(n)`, `bytes(iterable)`, `bytes(s, encoding[, errors])`.
pub(crate) fn new(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let mut source = args.first();
    let mut encoding = args.get(1);
    let mut errors = args.get(2);
    if args.len() > 3 {
        return Err(PyErr::type_error(format!(
            "bytes() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    for (k, v) in kwargs {
        match k.as_str() {
            Some("source") => source = Some(v),
            Some("encoding") => encoding = Some(v),
            Some("errors") => errors = Some(v),
            _ => {
                return Err(PyErr::type_error(format!(
                    "'{}' is an invalid keyword argument for bytes()",
                    k.as_str().unwrap_or("?")
                )))
            }
        }
    }
    let Some(src) = source else {
        if encoding.is_some() || errors.is_some() {
            return Err(PyErr::type_error(if encoding.is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            }));
        }
        return Ok(Value::bytes(Vec::new()));
    };
    if let Some(s) = src.as_str() {
        if encoding.is_none() {
            return Err(PyErr::type_error("string argument without an encoding"));
        }
        let (enc, errs) = codec::args("bytes", encoding, errors)?;
        return codec::encode(s, enc, errs).map(Value::bytes);
    }
    if encoding.is_some() || errors.is_some() {
        return Err(PyErr::type_error(if encoding.is_some() {
            "encoding without a string argument"
        } else {
            "errors without a string argument"
        }));
    }
    if src.as_bytes().is_some() {
        return Ok(src.clone());
    }
    if crate::protocol::number::is_int(src) {
        let n = crate::protocol::number::index_of(src)?;
        if n < 0 {
            return Err(PyErr::value_error("negative count"));
        }
        return crate::object::alloc::filled_vec(0u8, n as usize).map(Value::bytes);
    }
    if src.is_float() {
        return Err(PyErr::type_error(format!(
            "cannot convert '{}' object to bytes",
            types::type_name(src)
        )));
    }
    let items = crate::protocol::iterate::collect(vm, src).map_err(|e| {
        if e.matches(&types::TYPE_ERROR) {
            PyErr::type_error(format!(
                "cannot convert '{}' object to bytes",
                types::type_name(src)
            ))
        } else {
            e
        }
    })?;
    let mut out = Vec::with_capacity(items.len());
    for item in &items {
        out.push(byte_value(item, "bytes must be in range(0, 256)")?);
    }
    Ok(Value::bytes(out))
}

/// An int in `range(256)`, or CPython's errors.
pub(crate) fn byte_value(v: &Value, range_msg: &str) -> PyResult<u8> {
    let i = crate::protocol::number::index_of(v)?;
    u8::try_from(i).map_err(|_| PyErr::value_error(range_msg))
}

/// The `encoding` and `errors` arguments of `encode`/`decode`, by
/// position or keyword.
fn codec_args<'a>(
    func: &str,
    args: &'a [Value],
    kwargs: &'a KwArgs,
) -> PyResult<(codec::Encoding, Result<codec::Errors, String>)> {
    let rest = method_args(func, args, 0, 2)?;
    let (mut encoding, mut errors) = (rest.first(), rest.get(1));
    for (k, v) in kwargs {
        match k.as_str() {
            Some("encoding") => encoding = Some(v),
            Some("errors") => errors = Some(v),
            _ => {
                return Err(PyErr::type_error(format!(
                    "{func}() got an unexpected keyword argument '{}'",
                    k.as_str().unwrap_or("?")
                )))
            }
        }
    }
    codec::args(func, encoding, errors)
}

fn decode(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let b = this("decode", args)?;
    let (enc, errs) = codec_args("decode", args, kwargs)?;
    codec::decode(b, enc, errs).map(Value::string)
}

/// `str.encode`, here beside its inverse.
pub(crate) fn str_encode(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let s = args
        .first()
        .and_then(Value::as_str)
        .ok_or_else(|| PyErr::type_error("descriptor 'encode' requires a 'str' object"))?;
    let (enc, errs) = codec_args("encode", args, kwargs)?;
    codec::encode(s, enc, errs).map(Value::bytes)
}

fn join(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("bytes.join", kwargs)?;
    let sep = this("join", args)?;
    let rest = method_args("bytes.join", args, 1, 1)?;
    let items = crate::protocol::iterate::collect(vm, &rest[0])?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(b) = item.as_bytes() else {
            return Err(PyErr::type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                types::type_name(item)
            )));
        };
        if i > 0 {
            crate::object::alloc::extend(&mut out, sep.iter().copied())?;
        }
        crate::object::alloc::extend(&mut out, b.iter().copied())?;
    }
    Ok(Value::bytes(out))
}

/// The `[start[, end]]` window of the search methods, as byte offsets.
fn window(len: usize, start: Option<&Value>, end: Option<&Value>) -> PyResult<(usize, usize)> {
    let clamp = |v: Option<&Value>, default: usize| -> PyResult<usize> {
        match v {
            None => Ok(default),
            Some(v) if v.is_none() => Ok(default),
            Some(v) => {
                let i = crate::protocol::number::index_of(v)?;
                let i = if i < 0 { i + len as i64 } else { i };
                Ok(i.clamp(0, len as i64) as usize)
            }
        }
    };
    Ok((clamp(start, 0)?, clamp(end, len)?))
}

/// A needle: bytes, or one byte given as an int.
fn needle(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = v.as_bytes() {
        return Ok(b.to_vec());
    }
    if v.is_small_int() {
        return byte_value(v, "byte must be in range(0, 256)").map(|b| vec![b]);
    }
    Err(PyErr::type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        types::type_name(v)
    )))
}

/// The first (or last) offset of `sub` in `hay[start..end]`.
fn search(args: &[Value], name: &str, last: bool) -> PyResult<Option<usize>> {
    let hay = this(name, args)?;
    let rest = method_args(name, args, 1, 3)?;
    let sub = needle(&rest[0])?;
    let (start, end) = window(hay.len(), rest.get(1), rest.get(2))?;
    if start > end || end - start < sub.len() {
        return Ok(None);
    }
    let part = &hay[start..end];
    let found = if last {
        memchr::memmem::rfind(part, &sub)
    } else {
        memchr::memmem::find(part, &sub)
    };
    Ok(found.map(|i| i + start))
}

fn find(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("bytes.find", kwargs)?;
    Ok(Value::int(
        search(args, "find", false)?.map_or(-1, |i| i as i64),
    ))
}

fn rfind(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("bytes.rfind", kwargs)?;
    Ok(Value::int(
        search(args, "rfind", true)?.map_or(-1, |i| i as i64),
    ))
}

fn index(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("bytes.index", kwargs)?;
    search(args, "index", false)?
        .map(|i| Value::int(i as i64))
        .ok_or_else(|| PyErr::value_error("subsection not found"))
}

fn rindex(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("bytes.rindex", kwargs)?;
    search(args, "rindex", true)?
        .map(|i| Value::int(i as i64))
        .ok_or_else(|| PyErr::value_error("subsection not found"))
}

fn count(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("bytes.count", kwargs)?;
    let hay = this("count", args)?;
    let rest = method_args("count", args, 1, 3)?;
    let sub = needle(&rest[0])?;
    let (start, end) = window(hay.len(), rest.get(1), rest.get(2))?;
    if start > end {
        return Ok(Value::int(0));
    }
    let part = &hay[start..end];
    let n = if sub.is_empty() {
        part.len() + 1
    } else {
        memchr::memmem::find_iter(part, &sub).count()
    };
    Ok(Value::int(n as i64))
}

fn affix(name: &str, args: &[Value], at_end: bool) -> PyResult<Value> {
    let b = this(name, args)?;
    let rest = method_args(name, args, 1, 3)?;
    let (start, end) = window(b.len(), rest.get(1), rest.get(2))?;
    let part = if start <= end {
        &b[start..end]
    } else {
        &[][..]
    };
    let test = |p: &Value| -> PyResult<bool> {
        let p = p.as_bytes().ok_or_else(|| {
            PyErr::type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                types::type_name(p)
            ))
        })?;
        Ok(if at_end {
            part.ends_with(p)
        } else {
            part.starts_with(p)
        })
    };
    if let Some(options) = rest[0].as_tuple() {
        for p in options {
            if test(p)? {
                return Ok(Value::bool(true));
            }
        }
        return Ok(Value::bool(false));
    }
    test(&rest[0]).map(Value::bool)
}

fn startswith(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("bytes.startswith", kwargs)?;
    affix("startswith", args, false)
}

fn endswith(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("bytes.endswith", kwargs)?;
    affix("endswith", args, true)
}

fn split(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let b = this("split", args)?;
    let rest = method_args("split", args, 0, 2)?;
    let (mut sep, mut maxsplit) = (rest.first(), rest.get(1));
    for (k, v) in kwargs {
        match k.as_str() {
            Some("sep") => sep = Some(v),
            Some("maxsplit") => maxsplit = Some(v),
            _ => {
                return Err(PyErr::type_error(format!(
                    "split() got an unexpected keyword argument '{}'",
                    k.as_str().unwrap_or("?")
                )))
            }
        }
    }
    let max = match maxsplit {
        Some(m) => crate::protocol::number::index_of(m)?,
        None => -1,
    };
    let max = if max < 0 { usize::MAX } else { max as usize };
    let mut parts = Vec::new();
    match sep.filter(|s| !s.is_none()) {
        None => {
            let mut it = b;
            loop {
                let start = it.iter().position(|c| !c.is_ascii_whitespace());
                let Some(start) = start else { break };
                it = &it[start..];
                if parts.len() == max {
                    parts.push(Value::bytes(it.to_vec()));
                    break;
                }
                let end = it
                    .iter()
                    .position(|c| c.is_ascii_whitespace())
                    .unwrap_or(it.len());
                parts.push(Value::bytes(it[..end].to_vec()));
                it = &it[end..];
            }
        }
        Some(sep) => {
            let sep = bytes_like(sep)?;
            if sep.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            let mut start = 0;
            for i in memchr::memmem::find_iter(b, sep) {
                if parts.len() == max {
                    break;
                }
                if i < start {
                    continue;
                }
                parts.push(Value::bytes(b[start..i].to_vec()));
                start = i + sep.len();
            }
            parts.push(Value::bytes(b[start..].to_vec()));
        }
    }
    Ok(Value::list(parts))
}

fn strip_with(name: &str, args: &[Value], left: bool, right: bool) -> PyResult<Value> {
    let b = this(name, args)?;
    let rest = method_args(name, args, 0, 1)?;
    let chars: Option<&[u8]> = match rest.first() {
        Some(v) if !v.is_none() => Some(bytes_like(v)?),
        _ => None,
    };
    let strip = |c: &u8| match chars {
        Some(set) => set.contains(c),
        None => c.is_ascii_whitespace() || *c == 0x0b,
    };
    let mut s = 0;
    let mut e = b.len();
    if left {
        while s < e && strip(&b[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip(&b[e - 1]) {
            e -= 1;
        }
    }
    Ok(Value::bytes(b[s..e].to_vec()))
}

fn strip(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("bytes.strip", kwargs)?;
    strip_with("strip", args, true, true)
}

fn lstrip(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("bytes.lstrip", kwargs)?;
    strip_with("lstrip", args, true, false)
}

fn rstrip(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("bytes.rstrip", kwargs)?;
    strip_with("rstrip", args, false, true)
}

fn replace(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("bytes.replace", kwargs)?;
    let b = this("replace", args)?;
    let rest = method_args("replace", args, 2, 3)?;
    let (old, new) = (bytes_like(&rest[0])?, bytes_like(&rest[1])?);
    let max = match rest.get(2) {
        Some(m) => crate::protocol::number::index_of(m)?,
        None => -1,
    };
    let max = if max < 0 { usize::MAX } else { max as usize };
    let mut out = Vec::with_capacity(b.len());
    if old.is_empty() {
        // Inserted before every byte and at the end, as CPython.
        let mut n = 0;
        for &c in b {
            if n < max {
                crate::object::alloc::extend(&mut out, new.iter().copied())?;
                n += 1;
            }
            out.push(c);
        }
        if n < max {
            crate::object::alloc::extend(&mut out, new.iter().copied())?;
        }
        return Ok(Value::bytes(out));
    }
    let mut start = 0;
    let mut n = 0;
    for i in memchr::memmem::find_iter(b, old) {
        if n == max {
            break;
        }
        if i < start {
            continue;
        }
        out.extend_from_slice(&b[start..i]);
        crate::object::alloc::extend(&mut out, new.iter().copied())?;
        start = i + old.len();
        n += 1;
    }
    out.extend_from_slice(&b[start..]);
    Ok(Value::bytes(out))
}

fn partition_with(name: &str, args: &[Value], last: bool) -> PyResult<Value> {
    let b = this(name, args)?;
    let rest = method_args(name, args, 1, 1)?;
    let sep = bytes_like(&rest[0])?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let found = if last {
        memchr::memmem::rfind(b, sep)
    } else {
        memchr::memmem::find(b, sep)
    };
    let parts = match found {
        Some(i) => [&b[..i], sep, &b[i + sep.len()..]],
        None if last => [&[][..], &[][..], b],
        None => [b, &[][..], &[][..]],
    };
    Ok(Value::tuple(
        parts.iter().map(|p| Value::bytes(p.to_vec())).collect(),
    ))
}

fn partition(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("bytes.partition", kwargs)?;
    partition_with("partition", args, false)
}

fn rpartition(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("bytes.rpartition", kwargs)?;
    partition_with("rpartition", args, true)
}

fn splitlines(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let b = this("splitlines", args)?;
    let rest = method_args("splitlines", args, 0, 1)?;
    let mut keep = rest.first().cloned();
    for (k, v) in kwargs {
        match k.as_str() {
            Some("keepends") => keep = Some(v.clone()),
            _ => {
                return Err(PyErr::type_error(format!(
                    "splitlines() got an unexpected keyword argument '{}'",
                    k.as_str().unwrap_or("?")
                )))
            }
        }
    }
    let keep = keep.is_some_and(|k| crate::protocol::ops::truthy(&k));
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let eol = match b[i] {
            b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => 0,
        };
        if eol == 0 {
            i += 1;
            continue;
        }
        let end = if keep { i + eol } else { i };
        lines.push(Value::bytes(b[start..end].to_vec()));
        i += eol;
        start = i;
    }
    if start < b.len() {
        lines.push(Value::bytes(b[start..].to_vec()));
    }
    Ok(Value::list(lines))
}

fn removeprefix(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("bytes.removeprefix", kwargs)?;
    let b = this("removeprefix", args)?;
    let p = bytes_like(&method_args("removeprefix", args, 1, 1)?[0])?;
    Ok(Value::bytes(b.strip_prefix(p).unwrap_or(b).to_vec()))
}

fn removesuffix(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("bytes.removesuffix", kwargs)?;
    let b = this("removesuffix", args)?;
    let p = bytes_like(&method_args("removesuffix", args, 1, 1)?[0])?;
    Ok(Value::bytes(b.strip_suffix(p).unwrap_or(b).to_vec()))
}

fn hex(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("bytes.hex", kwargs)?;
    let b = this("hex", args)?;
    method_args("hex", args, 0, 0)?;
    let mut out = String::with_capacity(b.len() * 2);
    for c in b {
        out.push_str(&format!("{c:02x}"));
    }
    Ok(Value::string(out))
}

/// `bytes.fromhex(s)`; reached through the type (`bytes.fromhex('ff')`)
/// or an instance (`b''.fromhex('ff')`), so the receiver is optional.
fn fromhex(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("bytes.fromhex", kwargs)?;
    let (cls, text) = match args {
        [cls, s] => (cls, s),
        _ => {
            return Err(PyErr::type_error(format!(
                "bytes.fromhex() takes exactly one argument ({} given)",
                args.len().saturating_sub(1)
            )))
        }
    };
    let b = parse_hex(text)?;
    crate::builtins::of_class(vm, cls, &types::BYTES, b)
}

/// The bytes a `fromhex` string spells.
fn parse_hex(text: &Value) -> PyResult<Value> {
    let s = text.as_str().ok_or_else(|| {
        PyErr::type_error(format!(
            "fromhex() argument must be str, not {}",
            types::type_name(text)
        ))
    })?;
    let digits: Vec<(usize, char)> = s.chars().enumerate().collect();
    let mut out = Vec::with_capacity(s.len() / 2);
    let mut i = 0;
    while i < digits.len() {
        let (pos, c) = digits[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = c.to_digit(16);
        let lo = digits.get(i + 1).and_then(|&(_, c)| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (None, _) => {
                return Err(PyErr::value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {pos}"
                )))
            }
            (Some(_), None) => {
                return Err(PyErr::value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    pos + 1
                )))
            }
        }
        i += 2;
    }
    Ok(Value::bytes(out))
}

fn map_bytes(name: &str, args: &[Value], f: fn(&u8) -> u8) -> PyResult<Value> {
    let b = this(name, args)?;
    method_args(name, args, 0, 0)?;
    Ok(Value::bytes(b.iter().map(f).collect()))
}

fn upper(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("bytes.upper", kwargs)?;
    map_bytes("upper", args, u8::to_ascii_uppercase)
}

fn lower(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("bytes.lower", kwargs)?;
    map_bytes("lower", args, u8::to_ascii_lowercase)
}

fn test_all(name: &str, args: &[Value], f: fn(&u8) -> bool) -> PyResult<Value> {
    let b = this(name, args)?;
    method_args(name, args, 0, 0)?;
    Ok(Value::bool(!b.is_empty() && b.iter().all(f)))
}

fn isdigit(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("bytes.isdigit", kwargs)?;
    test_all("isdigit", args, u8::is_ascii_digit)
}

fn isalpha(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("bytes.isalpha", kwargs)?;
    test_all("isalpha", args, u8::is_ascii_alphabetic)
}

fn isalnum(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("bytes.isalnum", kwargs)?;
    test_all("isalnum", args, u8::is_ascii_alphanumeric)
}

fn isspace(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("bytes.isspace", kwargs)?;
    test_all("isspace", args, |c| c.is_ascii_whitespace() || *c == 0x0b)
}

fn isascii(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("bytes.isascii", kwargs)?;
    let b = this("isascii", args)?;
    method_args("isascii", args, 0, 0)?;
    Ok(Value::bool(b.is_ascii()))
}
