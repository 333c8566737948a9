//! `str` methods.
//!
//! Positions are in code points, as Python counts them; ASCII strings (the
//! common case) map them to bytes directly.

use super::methods::{method_args, no_kw};
use crate::format::{py_decimal_value, py_isspace};
use crate::method_table;
use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::{KwArgs, StrObj};
use crate::protocol::number::index_of;
use crate::vm::Vm;

method_table! {
    /// The methods of `str`.
    pub static STR_METHODS = [
    "join" => join,
    "encode" => super::bytes::str_encode,
    "split" => split,
    "rsplit" => rsplit,
    "splitlines" => splitlines,
    "strip" => strip,
    "lstrip" => lstrip,
    "rstrip" => rstrip,
    "replace" => replace,
    "startswith" => startswith,
    "endswith" => endswith,
    "find" => find,
    "rfind" => rfind,
    "index" => index,
    "rindex" => rindex,
    "count" => count,
    "upper" => upper,
    "lower" => lower,
    "casefold" => casefold,
    "swapcase" => swapcase,
    "title" => title,
    "capitalize" => capitalize,
    "isdigit" => isdigit,
    "isdecimal" => isdecimal,
    "isnumeric" => isnumeric,
    "isalpha" => isalpha,
    "isalnum" => isalnum,
    "isspace" => isspace,
    "isupper" => isupper,
    "islower" => islower,
    "istitle" => istitle,
    "isidentifier" => isidentifier,
    "isprintable" => isprintable,
    "isascii" => isascii,
    "format" => format,
    "format_map" => format_map,
    "zfill" => zfill,
    "center" => center,
    "ljust" => ljust,
    "rjust" => rjust,
    "partition" => partition,
    "rpartition" => rpartition,
    "removeprefix" => removeprefix,
    "removesuffix" => removesuffix,
    "expandtabs" => expandtabs,
    "maketrans" => super::str_translate::maketrans as Function,
    "translate" => super::str_translate::translate,
    ];
}

fn this<'a>(qual: &str, args: &'a [Value]) -> PyResult<&'a StrObj> {
    args.first().and_then(Value::as_str_obj).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{}' requires a 'str' object",
            qual.rsplit('.').next().unwrap_or(qual)
        ))
    })
}

fn str_arg<'a>(what: &str, v: &'a Value) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| {
        // Argument Clinic names None as "None", other values by type.
        let got = if v.is_none() {
            "None"
        } else {
            crate::object::types::type_name(v)
        };
        PyErr::type_error(format!("{what} must be str, not {got}"))
    })
}

fn opt_str_arg<'a>(what: &str, v: Option<&'a Value>) -> PyResult<Option<&'a str>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => str_arg(what, v).map(Some),
    }
}

fn b(v: bool) -> PyResult<Value> {
    Ok(Value::bool(v))
}

fn join(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("str.join", kwargs)?;
    let sep = this("str.join", args)?;
    let rest = method_args("str.join", args, 1, 1)?;
    let items = crate::protocol::iterate::collect(vm, &rest[0])?;
    // Sized first, so that a result too large is a MemoryError, not an abort.
    let parts: usize = items.iter().filter_map(|i| i.as_str()).map(str::len).sum();
    let seps = sep
        .as_str()
        .len()
        .checked_mul(items.len().saturating_sub(1));
    let mut out =
        crate::object::alloc::string_with_capacity(seps.and_then(|s| s.checked_add(parts)))?;
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        match item.as_str() {
            Some(s) => out.push_str(s),
            None => {
                return Err(PyErr::type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    crate::object::types::type_name(item)
                )))
            }
        }
    }
    Ok(Value::string(out))
}

fn split_args<'a>(
    name: &str,
    args: &'a [Value],
    kwargs: &'a KwArgs,
) -> PyResult<(Option<&'a str>, i64)> {
    let rest = method_args(name, args, 0, 2)?;
    let mut sep = rest.first();
    let mut maxsplit = rest.get(1);
    for (k, v) in kwargs {
        match k.as_str() {
            Some("sep") => sep = Some(v),
            Some("maxsplit") => maxsplit = Some(v),
            other => {
                return Err(PyErr::type_error(format!(
                    "{}() got an unexpected keyword argument '{}'",
                    name.rsplit('.').next().unwrap_or(name),
                    other.unwrap_or("")
                )))
            }
        }
    }
    let sep = opt_str_arg("must be str or None, not", sep).map_err(|_| {
        PyErr::type_error(format!(
            "must be str or None, not {}",
            sep.map_or("?", |s| crate::object::types::type_name(s))
        ))
    })?;
    if sep == Some("") {
        return Err(PyErr::value_error("empty separator"));
    }
    let maxsplit = match maxsplit {
        Some(m) => index_of(m)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

fn whitespace_split(s: &str, maxsplit: i64) -> Vec<Value> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(py_isspace);
    while !rest.is_empty() {
        if maxsplit >= 0 && out.len() as i64 >= maxsplit {
            out.push(Value::str(rest));
            return out;
        }
        let end = rest.find(py_isspace).unwrap_or(rest.len());
        out.push(Value::str(&rest[..end]));
        rest = rest[end..].trim_start_matches(py_isspace);
    }
    out
}

fn split(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let s = this("str.split", args)?.as_str();
    let (sep, maxsplit) = split_args("str.split", args, kwargs)?;
    let parts = match sep {
        None => whitespace_split(s, maxsplit),
        Some(sep) => {
            if maxsplit < 0 {
                s.split(sep).map(Value::str).collect()
            } else {
                s.splitn(maxsplit as usize + 1, sep)
                    .map(Value::str)
                    .collect()
            }
        }
    };
    Ok(Value::list(parts))
}

fn rsplit(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let s = this("str.rsplit", args)?.as_str();
    let (sep, maxsplit) = split_args("str.rsplit", args, kwargs)?;
    let mut parts: Vec<Value> = match sep {
        None => {
            if maxsplit < 0 {
                whitespace_split(s, -1)
            } else {
                let mut out = Vec::new();
                let mut rest = s.trim_end_matches(py_isspace);
                while !rest.is_empty() {
                    if out.len() as i64 >= maxsplit {
                        out.push(Value::str(rest));
                        break;
                    }
                    let start = rest.rfind(py_isspace).map_or(0, |i| {
                        i + rest[i..].chars().next().map_or(1, char::len_utf8)
                    });
                    out.push(Value::str(&rest[start..]));
                    rest = rest[..start].trim_end_matches(py_isspace);
                }
                out.reverse();
                out
            }
        }
        Some(sep) => {
            let mut v: Vec<Value> = if maxsplit < 0 {
                s.rsplit(sep).map(Value::str).collect()
            } else {
                s.rsplitn(maxsplit as usize + 1, sep)
                    .map(Value::str)
                    .collect()
            };
            v.reverse();
            v
        }
    };
    parts.shrink_to_fit();
    Ok(Value::list(parts))
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn splitlines(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let s = this("str.splitlines", args)?.as_str();
    let rest = method_args("str.splitlines", args, 0, 1)?;
    let keep_arg = rest
        .first()
        .or_else(|| crate::builtins::kwarg(kwargs, "keepends"));
    let keep = match keep_arg {
        Some(v) if v.as_float().is_some() => {
            return Err(PyErr::type_error(
                "'float' object cannot be interpreted as an integer",
            ))
        }
        Some(v) => crate::protocol::ops::truthy(v),
        None => false,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_line_break(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(j, '\n')) = chars.peek() {
                    chars.next();
                    end = j + 1;
                }
            }
            out.push(Value::str(if keep { &s[start..end] } else { &s[start..i] }));
            start = end;
        }
    }
    if start < s.len() {
        out.push(Value::str(&s[start..]));
    }
    Ok(Value::list(out))
}

fn strip_with(args: &[Value], name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = this(name, args)?.as_str();
    let rest = method_args(name, args, 0, 1)?;
    let chars = opt_str_arg("strip arg", rest.first()).map_err(|_| {
        PyErr::type_error(format!(
            "{} arg must be None or str",
            name.rsplit('.').next().unwrap_or(name)
        ))
    })?;
    let out = match chars {
        None => {
            let mut t = s;
            if left {
                t = t.trim_start_matches(py_isspace);
            }
            if right {
                t = t.trim_end_matches(py_isspace);
            }
            t
        }
        Some(set) => {
            let pred = |c: char| set.contains(c);
            let mut t = s;
            if left {
                t = t.trim_start_matches(pred);
            }
            if right {
                t = t.trim_end_matches(pred);
            }
            t
        }
    };
    if out.len() == s.len() {
        return Ok(args[0].clone());
    }
    Ok(Value::str(out))
}

fn strip(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("str.strip", kwargs)?;
    strip_with(args, "str.strip", true, true)
}

fn lstrip(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("str.lstrip", kwargs)?;
    strip_with(args, "str.lstrip", true, false)
}

fn rstrip(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("str.rstrip", kwargs)?;
    strip_with(args, "str.rstrip", false, true)
}

fn replace(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("str.replace", kwargs)?;
    let s = this("str.replace", args)?.as_str();
    let rest = method_args("str.replace", args, 2, 3)?;
    let old = str_arg("replace() argument 1", &rest[0])?;
    let new = str_arg("replace() argument 2", &rest[1])?;
    let count = match rest.get(2) {
        Some(c) => index_of(c)?,
        None => -1,
    };
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    // The result's size is known before it is built, so a replacement
    // that cannot fit is a MemoryError, not an abort.
    let n = if old.is_empty() {
        s.chars().count().saturating_add(1).min(limit)
    } else {
        s.matches(old).take(limit).count()
    };
    let size = n
        .checked_mul(new.len())
        .and_then(|grow| (s.len() - n * old.len()).checked_add(grow));
    let mut out = crate::object::alloc::string_with_capacity(size)?;
    if old.is_empty() {
        let mut left = n;
        for c in s.chars() {
            if left > 0 {
                out.push_str(new);
                left -= 1;
            }
            out.push(c);
        }
        if left > 0 {
            out.push_str(new);
        }
    } else {
        let mut last = 0;
        for (i, _) in s.match_indices(old).take(n) {
            out.push_str(&s[last..i]);
            out.push_str(new);
            last = i + old.len();
        }
        out.push_str(&s[last..]);
    }
    Ok(Value::string(out))
}

/// Resolves optional `start`/`end` arguments to a byte range of `s`.
fn byte_range(
    s: &StrObj,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<Option<(usize, usize)>> {
    let len = s.char_len() as i64;
    let get = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None => Ok(default),
            Some(v) if v.is_none() => Ok(default),
            Some(v) => {
                let i = index_of(v)?;
                Ok(if i < 0 { (i + len).max(0) } else { i })
            }
        }
    };
    // Like CPython's ADJUST_INDICES, the end is clamped to the length and
    // the start is not.
    let a = get(start, 0)?;
    let b = get(end, len)?.min(len);
    // CPython's rule: an empty or reversed range matches nothing, not even
    // the empty string (`'abc'.find('', 2, 1)` is -1).
    if a > len || b < a {
        return Ok(None);
    }
    Ok(Some((s.byte_offset(a as usize), s.byte_offset(b as usize))))
}

fn char_index(s: &StrObj, byte: usize) -> i64 {
    if s.is_ascii() {
        byte as i64
    } else {
        s.as_str()[..byte].chars().count() as i64
    }
}

fn find_impl(args: &[Value], name: &str, reverse: bool) -> PyResult<i64> {
    let s = this(name, args)?;
    let rest = method_args(name, args, 1, 3)?;
    let sub = str_arg(
        &format!("{}() argument 1", name.rsplit('.').next().unwrap_or(name)),
        &rest[0],
    )
    .map_err(|_| {
        PyErr::type_error(format!(
            "must be str, not {}",
            crate::object::types::type_name(&rest[0])
        ))
    })?;
    let Some((a, b)) = byte_range(s, rest.get(1), rest.get(2))? else {
        return Ok(-1);
    };
    let hay = &s.as_str()[a..b];
    let found = if reverse {
        hay.rfind(sub)
    } else {
        hay.find(sub)
    };
    Ok(found.map_or(-1, |i| char_index(s, a + i)))
}

fn find(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("str.find", kwargs)?;
    find_impl(args, "str.find", false).map(Value::int)
}

fn rfind(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("str.rfind", kwargs)?;
    find_impl(args, "str.rfind", true).map(Value::int)
}

fn index(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("str.index", kwargs)?;
    match find_impl(args, "str.index", false)? {
        -1 => Err(PyErr::value_error("substring not found")),
        i => Ok(Value::int(i)),
    }
}

fn rindex(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("str.rindex", kwargs)?;
    match find_impl(args, "str.rindex", true)? {
        -1 => Err(PyErr::value_error("substring not found")),
        i => Ok(Value::int(i)),
    }
}

fn count(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("str.count", kwargs)?;
    let s = this("str.count", args)?;
    let rest = method_args("str.count", args, 1, 3)?;
    let sub = str_arg("count() argument 1", &rest[0]).map_err(|_| {
        PyErr::type_error(format!(
            "must be str, not {}",
            crate::object::types::type_name(&rest[0])
        ))
    })?;
    let Some((a, b)) = byte_range(s, rest.get(1), rest.get(2))? else {
        return Ok(Value::int(0));
    };
    let hay = &s.as_str()[a..b];
    let n = if sub.is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(sub).count()
    };
    Ok(Value::int(n as i64))
}

fn prefix_check(args: &[Value], name: &str, ends: bool) -> PyResult<Value> {
    let s = this(name, args)?;
    let rest = method_args(name, args, 1, 3)?;
    let Some((a, bb)) = byte_range(s, rest.get(1), rest.get(2))? else {
        return b(false);
    };
    let hay = &s.as_str()[a..bb];
    let test = |p: &str| {
        if ends {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    let short = name.rsplit('.').next().unwrap_or(name);
    match rest[0].as_tuple() {
        Some(items) => {
            for item in items {
                let p = item.as_str().ok_or_else(|| {
                    PyErr::type_error(format!(
                        "tuple for {short} must only contain str, not {}",
                        crate::object::types::type_name(item)
                    ))
                })?;
                if test(p) {
                    return b(true);
                }
            }
            b(false)
        }
        None => match rest[0].as_str() {
            Some(p) => b(test(p)),
            None => Err(PyErr::type_error(format!(
                "{short} first arg must be str or a tuple of str, not {}",
                crate::object::types::type_name(&rest[0])
            ))),
        },
    }
}

fn startswith(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("str.startswith", kwargs)?;
    prefix_check(args, "str.startswith", false)
}

fn endswith(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("str.endswith", kwargs)?;
    prefix_check(args, "str.endswith", true)
}

fn map_str(
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
    f: impl Fn(&str) -> String,
) -> PyResult<Value> {
    no_kw(name, kwargs)?;
    let s = this(name, args)?.as_str();
    method_args(name, args, 0, 0)?;
    Ok(Value::string(f(s)))
}

fn upper(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    map_str(args, kwargs, "str.upper", str::to_uppercase)
}

fn lower(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    map_str(args, kwargs, "str.lower", str::to_lowercase)
}

/// Full Unicode case folding (`'ß'` folds to `'ss'`), as CPython's.
fn casefold(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    map_str(
        args,
        kwargs,
        "str.casefold",
        caseless::default_case_fold_str,
    )
}

fn swapcase(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    map_str(args, kwargs, "str.swapcase", |s| {
        let chars: Vec<char> = s.chars().collect();
        let mut out = String::with_capacity(s.len());
        for (i, &c) in chars.iter().enumerate() {
            if c.is_uppercase() {
                lower_at(&mut out, &chars, i);
            } else if c.is_lowercase() {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
        out
    })
}

/// Appends the title case of `c` (`'ß'` is `'Ss'`, `'ǆ'` is `'ǅ'`).
fn push_title(out: &mut String, c: char) {
    let mapped = unicode_case_mapping::to_titlecase(c);
    if mapped[0] == 0 {
        out.push(c);
        return;
    }
    out.extend(
        mapped
            .iter()
            .take_while(|&&cp| cp != 0)
            .filter_map(|&cp| char::from_u32(cp)),
    );
}

/// Appends the lower case of `chars[i]`: a capital sigma at the end of a
/// word becomes the final `ς`, as CPython's `handle_capital_sigma` decides.
fn lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c != '\u{3A3}' {
        out.extend(c.to_lowercase());
        return;
    }
    let before = chars[..i].iter().rev().find(|&&c| !is_case_ignorable(c));
    let after = chars[i + 1..].iter().find(|&&c| !is_case_ignorable(c));
    let final_sigma = before.is_some_and(|&c| is_cased(c)) && !after.is_some_and(|&c| is_cased(c));
    out.push(if final_sigma { '\u{3C2}' } else { '\u{3C3}' });
}

/// Unicode's Case_Ignorable: marks, format characters, modifiers, and the
/// word-internal punctuation of Word_Break (MidLetter, MidNumLet,
/// Single_Quote).
fn is_case_ignorable(c: char) -> bool {
    use unicode_general_category::{get_general_category, GeneralCategory as G};
    matches!(
        c,
        '\'' | '.'
            | ':'
            | '\u{B7}'
            | '\u{387}'
            | '\u{55F}'
            | '\u{5F4}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{2024}'
            | '\u{2027}'
            | '\u{FE13}'
            | '\u{FE52}'
            | '\u{FE55}'
            | '\u{FF07}'
            | '\u{FF0E}'
            | '\u{FF1A}'
    ) || matches!(
        get_general_category(c),
        G::NonspacingMark | G::EnclosingMark | G::Format | G::ModifierLetter | G::ModifierSymbol
    )
}

fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase()
}

fn title(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    map_str(args, kwargs, "str.title", |s| {
        let chars: Vec<char> = s.chars().collect();
        let mut out = String::with_capacity(s.len());
        let mut prev_cased = false;
        for (i, &c) in chars.iter().enumerate() {
            if prev_cased {
                lower_at(&mut out, &chars, i);
            } else {
                push_title(&mut out, c);
            }
            prev_cased = is_cased(c);
        }
        out
    })
}

fn capitalize(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    map_str(args, kwargs, "str.capitalize", |s| {
        let chars: Vec<char> = s.chars().collect();
        let Some(first) = chars.first() else {
            return String::new();
        };
        let mut out = String::with_capacity(s.len());
        push_title(&mut out, *first);
        for i in 1..chars.len() {
            lower_at(&mut out, &chars, i);
        }
        out
    })
}

fn pred(args: &[Value], kwargs: &KwArgs, name: &str, f: impl Fn(&str) -> bool) -> PyResult<Value> {
    no_kw(name, kwargs)?;
    let s = this(name, args)?.as_str();
    method_args(name, args, 0, 0)?;
    b(f(s))
}

fn is_digit_char(c: char) -> bool {
    py_decimal_value(c).is_some()
        || matches!(c as u32, 0xB2 | 0xB3 | 0xB9 | 0x2070 | 0x2074..=0x2079 | 0x2080..=0x2089 | 0x2460..=0x2468 | 0x2474..=0x247C | 0x2488..=0x2490 | 0x24EA | 0x24F5..=0x24FD | 0x24FF | 0x2776..=0x277E | 0x2780..=0x2788 | 0x278A..=0x2792)
}

fn isdigit(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    pred(args, kwargs, "str.isdigit", |s| {
        !s.is_empty() && s.chars().all(is_digit_char)
    })
}

fn isdecimal(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    pred(args, kwargs, "str.isdecimal", |s| {
        !s.is_empty() && s.chars().all(|c| py_decimal_value(c).is_some())
    })
}

fn isnumeric(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    pred(args, kwargs, "str.isnumeric", |s| {
        !s.is_empty() && s.chars().all(char::is_numeric)
    })
}

fn isalpha(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    pred(args, kwargs, "str.isalpha", |s| {
        // Python's letters are the L* categories: Rust's Alphabetic
        // property also takes letter numbers (Nl, like U+216B).
        !s.is_empty() && s.chars().all(|c| c.is_alphabetic() && !c.is_numeric())
    })
}

fn isalnum(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    pred(args, kwargs, "str.isalnum", |s| {
        !s.is_empty() && s.chars().all(|c| c.is_alphabetic() || c.is_numeric())
    })
}

fn isspace(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    pred(args, kwargs, "str.isspace", |s| {
        !s.is_empty() && s.chars().all(py_isspace)
    })
}

fn isupper(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    pred(args, kwargs, "str.isupper", |s| {
        s.chars().any(is_cased) && !s.chars().any(char::is_lowercase)
    })
}

fn islower(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    pred(args, kwargs, "str.islower", |s| {
        s.chars().any(is_cased) && !s.chars().any(char::is_uppercase)
    })
}

fn istitle(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    pred(args, kwargs, "str.istitle", |s| {
        let mut prev_cased = false;
        let mut any = false;
        for c in s.chars() {
            if c.is_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else if c.is_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else {
                prev_cased = false;
            }
        }
        any
    })
}

fn isidentifier(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    pred(
        args,
        kwargs,
        "str.isidentifier",
        crate::format::is_identifier,
    )
}

fn isprintable(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    pred(args, kwargs, "str.isprintable", |s| {
        s.chars().all(crate::protocol::repr::is_printable)
    })
}

fn isascii(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    pred(args, kwargs, "str.isascii", str::is_ascii)
}

fn format(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let s = this("str.format", args)?.as_str().to_owned();
    crate::protocol::format::str_format(vm, &s, &args[1..], kwargs).map(Value::string)
}

fn format_map(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("str.format_map", kwargs)?;
    let s = this("str.format_map", args)?.as_str().to_owned();
    let rest = method_args("str.format_map", args, 1, 1)?;
    crate::protocol::format::str_format_map(vm, &s, &rest[0]).map(Value::string)
}

fn pad_args(args: &[Value], name: &str) -> PyResult<(usize, char)> {
    // Argument Clinic's wording for these: "center expected at least 1
    // argument, got 0".
    let short = name.rsplit('.').next().unwrap_or(name);
    crate::builtins::arg_count(short, args.get(1..).unwrap_or(&[]), 1, 2)?;
    let rest = method_args(name, args, 1, 2)?;
    let width = index_of(&rest[0])?.max(0) as usize;
    let fill = match rest.get(1) {
        None => ' ',
        Some(f) => {
            let fs = f.as_str_obj().ok_or_else(|| {
                PyErr::type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    crate::object::types::type_name(f)
                ))
            })?;
            if fs.char_len() != 1 {
                return Err(PyErr::type_error(
                    "The fill character must be exactly one character long",
                ));
            }
            fs.char_at(0).unwrap_or(' ')
        }
    };
    Ok((width, fill))
}

fn pad(args: &[Value], kwargs: &KwArgs, name: &str, how: char) -> PyResult<Value> {
    no_kw(name, kwargs)?;
    let s = this(name, args)?;
    let (width, fill) = pad_args(args, name)?;
    let len = s.char_len();
    if width <= len {
        return Ok(args[0].clone());
    }
    let marg = width - len;
    let (left, right) = match how {
        '<' => (0, marg),
        '>' => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & width & 1);
            (left, marg - left)
        }
    };
    let bytes = marg
        .checked_mul(fill.len_utf8())
        .and_then(|b| b.checked_add(s.as_str().len()));
    let mut out = crate::object::alloc::string_with_capacity(bytes)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s.as_str());
    out.extend(std::iter::repeat_n(fill, right));
    Ok(Value::string(out))
}

fn center(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    pad(args, kwargs, "str.center", '^')
}

fn ljust(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    pad(args, kwargs, "str.ljust", '<')
}

fn rjust(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    pad(args, kwargs, "str.rjust", '>')
}

fn zfill(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("str.zfill", kwargs)?;
    let s = this("str.zfill", args)?;
    let rest = method_args("str.zfill", args, 1, 1)?;
    let width = index_of(&rest[0])?.max(0) as usize;
    let len = s.char_len();
    if width <= len {
        return Ok(args[0].clone());
    }
    let text = s.as_str();
    let (sign, digits) = match text.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), &text[1..]),
        _ => (None, text),
    };
    let mut out = crate::object::alloc::string_with_capacity(Some(width))?;
    out.extend(sign);
    out.extend(std::iter::repeat_n('0', width - len));
    out.push_str(digits);
    Ok(Value::string(out))
}

fn partition_impl(args: &[Value], name: &str, reverse: bool) -> PyResult<Value> {
    let s = this(name, args)?.as_str();
    let rest = method_args(name, args, 1, 1)?;
    let sep = rest[0].as_str().ok_or_else(|| {
        PyErr::type_error(format!(
            "must be str, not {}",
            crate::object::types::type_name(&rest[0])
        ))
    })?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let found = if reverse { s.rfind(sep) } else { s.find(sep) };
    Ok(Value::tuple(match found {
        Some(i) => vec![
            Value::str(&s[..i]),
            rest[0].clone(),
            Value::str(&s[i + sep.len()..]),
        ],
        None if reverse => vec![Value::str(""), Value::str(""), args[0].clone()],
        None => vec![args[0].clone(), Value::str(""), Value::str("")],
    }))
}

fn partition(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("str.partition", kwargs)?;
    partition_impl(args, "str.partition", false)
}

fn rpartition(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("str.rpartition", kwargs)?;
    partition_impl(args, "str.rpartition", true)
}

fn removeprefix(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("str.removeprefix", kwargs)?;
    let s = this("str.removeprefix", args)?.as_str();
    let rest = method_args("str.removeprefix", args, 1, 1)?;
    let p = str_arg("removeprefix() argument", &rest[0])?;
    Ok(match s.strip_prefix(p) {
        Some(r) if !p.is_empty() => Value::str(r),
        _ => args[0].clone(),
    })
}

fn removesuffix(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("str.removesuffix", kwargs)?;
    let s = this("str.removesuffix", args)?.as_str();
    let rest = method_args("str.removesuffix", args, 1, 1)?;
    let p = str_arg("removesuffix() argument", &rest[0])?;
    Ok(match s.strip_suffix(p) {
        Some(r) if !p.is_empty() => Value::str(r),
        _ => args[0].clone(),
    })
}

fn expandtabs(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let s = this("str.expandtabs", args)?.as_str();
    let rest = method_args("str.expandtabs", args, 0, 1)?;
    let mut size = match rest.first() {
        Some(v) => index_of(v)?,
        None => 8,
    };
    if let Some(v) = crate::builtins::kwarg(kwargs, "tabsize") {
        size = index_of(v)?;
    }
    if i32::try_from(size).is_err() {
        // CPython's tabsize is a C int.
        return Err(PyErr::overflow("Python int too large to convert to C int"));
    }
    let mut out = String::with_capacity(s.len());
    let mut col = 0i64;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    crate::object::alloc::reserve_string(&mut out, n as usize)?;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::string(out))
}
