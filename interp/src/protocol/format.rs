//! `format()`, f-strings, `str.format` and the `%` operator, on top of the
//! pure number and spec formatting in [`crate::format`].

use crate::format::{self, FormatError, PrintfArg, PrintfPiece};
use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::Payload;
use crate::protocol::repr;
use crate::vm::Vm;

/// Converts a formatting error into the Python exception it names.
pub fn to_pyerr(e: FormatError) -> PyErr {
    match e {
        FormatError::Value(m) => PyErr::value_error(m),
        FormatError::Type(m) => PyErr::type_error(m),
        FormatError::Overflow(m) => PyErr::overflow(m),
    }
}

/// Largest width or precision formatting will honour; beyond it the result
/// would take gigabytes, and `MemoryError` is raised instead of trying.
const MAX_FORMAT_SIZE: usize = 100_000_000;

/// Rejects a format spec whose width or precision is absurdly large. A
/// precision past `i32::MAX` is left to the formatter, which raises
/// CPython's `ValueError: precision too big` (or "Too many decimal digits").
fn check_spec_size(spec: &str) -> PyResult<()> {
    let mut rest = spec;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        let precision = rest[..start].ends_with('.');
        let tail = &rest[start..];
        let end = tail
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(tail.len());
        let n = tail[..end].parse::<u128>().unwrap_or(u128::MAX);
        // Past `i64::MAX` the spec parser's "Too many decimal digits"
        // answers, as CPython's does.
        if n > i64::MAX as u128 {
            return Ok(());
        }
        if n > MAX_FORMAT_SIZE as u128 && !(precision && n > i32::MAX as u128) {
            return Err(PyErr::memory_error());
        }
        rest = &tail[end..];
    }
    Ok(())
}

fn check_count(n: Option<i64>) -> PyResult<()> {
    match n {
        Some(n) if n.unsigned_abs() as usize > MAX_FORMAT_SIZE => Err(PyErr::memory_error()),
        _ => Ok(()),
    }
}

/// `format(v, spec)`.
pub fn format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    if crate::object::types::class_of(v).is_some() {
        if let Some(r) =
            crate::protocol::special::call_special(vm, v, "__format__", &[Value::str(spec)])?
        {
            return match r.as_str() {
                Some(s) => Ok(s.to_owned()),
                None => Err(PyErr::type_error(format!(
                    "__format__ must return a str, not {}",
                    crate::object::types::type_name(&r)
                ))),
            };
        }
        if let Some(base) = crate::protocol::class::builtin_data(v) {
            if !spec.is_empty() {
                let base = base.clone();
                return format(vm, &base, spec);
            }
        }
    }
    if spec.len() > 2 {
        check_spec_size(spec)?;
    }
    if let Some(i) = v.as_small_int() {
        if spec.is_empty() {
            return Ok(i.to_string());
        }
        return format::format_i64(i, spec).map_err(to_pyerr);
    }
    if let Some(f) = v.as_float() {
        return format::format_float(f, spec).map_err(to_pyerr);
    }
    match v.payload() {
        Some(Payload::Int(n)) => {
            if spec.is_empty() {
                return repr::bigint_to_str(&n.to_bigint(), vm.int_max_str_digits);
            }
            format::format_int(&n.to_bigint(), spec).map_err(to_pyerr)
        }
        Some(Payload::Bool(b)) => {
            if spec.is_empty() {
                return repr::str(vm, v);
            }
            format::format_i64(*b as i64, spec).map_err(to_pyerr)
        }
        Some(Payload::Str(s)) => format::format_str(s.as_str(), spec).map_err(to_pyerr),
        _ => {
            if spec.is_empty() {
                return repr::str(vm, v);
            }
            Err(PyErr::type_error(format!(
                "unsupported format string passed to {}.__format__",
                crate::object::types::type_name(v)
            )))
        }
    }
}

/// `FORMAT_VALUE`: conversion (0 none, 1 `!s`, 2 `!r`, 3 `!a`), then `format`.
pub fn format_value(
    vm: &mut Vm,
    v: Value,
    conversion: u32,
    spec: Option<Value>,
) -> PyResult<Value> {
    let v = match conversion {
        1 => Value::string(repr::str(vm, &v)?),
        2 => Value::string(repr::repr(vm, &v)?),
        3 => Value::string(repr::ascii_escape(&repr::repr(vm, &v)?)),
        _ => v,
    };
    let spec = spec.as_ref().and_then(|s| s.as_str()).unwrap_or("");
    if spec.is_empty() && v.as_str().is_some() {
        return Ok(v);
    }
    format(vm, &v, spec).map(Value::string)
}

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    printf(vm, fmt, args, false)
}

/// `fmt % args` for bytes (PEP 461): `%s` and `%b` take bytes, `%r` and
/// `%a` give the ASCII repr, `%c` an int below 256 or one byte.
pub fn bytes_percent_format(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    // Latin-1 maps bytes to chars one to one, both ways.
    let text: String = fmt.iter().map(|&b| char::from(b)).collect();
    let out = printf(vm, &text, args, true)?;
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

/// The text a bytes `%s`/`%b` or `%c` conversion inserts, as Latin-1.
fn bytes_conversion(conv: char, v: &Value) -> PyResult<String> {
    let latin1 = |b: &[u8]| b.iter().map(|&b| char::from(b)).collect::<String>();
    if conv == 'c' {
        if let Some(b) = v.as_bytes().filter(|b| b.len() == 1) {
            return Ok(latin1(b));
        }
        return match crate::protocol::number::bigint_of(v).and_then(|n| u8::try_from(n).ok()) {
            Some(b) => Ok(char::from(b).to_string()),
            None if crate::protocol::number::is_int(v) => {
                Err(PyErr::overflow("%c arg not in range(256)"))
            }
            None => Err(PyErr::type_error(
                "%c requires an integer in range(256) or a single byte",
            )),
        };
    }
    match v.as_bytes() {
        Some(b) => Ok(latin1(b)),
        None => Err(PyErr::type_error(format!(
            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
            crate::object::types::type_name(v)
        ))),
    }
}

fn printf(vm: &mut Vm, fmt: &str, args: &Value, bytes: bool) -> PyResult<String> {
    let pieces = if bytes {
        // `%b` is a bytes conversion too.
        let pieces = format::parse_printf_deferred(fmt);
        for p in &pieces {
            match p {
                PrintfPiece::Error(_, e) => return Err(to_pyerr(e.clone())),
                PrintfPiece::Spec(s) if s.conv != 'b' => {
                    if let Some(e) = s.conversion_error() {
                        return Err(to_pyerr(e));
                    }
                }
                _ => {}
            }
        }
        pieces
    } else {
        format::parse_printf(fmt).map_err(to_pyerr)?
    };
    // CPython's test: anything subscriptable but a tuple or a str (a bytes
    // format does not take bytes as a mapping either).
    let mapping = matches!(
        args.payload(),
        Some(Payload::Dict(_) | Payload::List(_) | Payload::Range(_))
    ) || !bytes && args.as_bytes().is_some()
        || crate::protocol::special::lookup_special(args, "__getitem__").is_some();
    let positional: Vec<Value> = match args.as_tuple() {
        Some(t) => t.to_vec(),
        None => vec![args.clone()],
    };
    let mut next = 0usize;
    let take = |next: &mut usize| -> PyResult<Value> {
        let v = positional
            .get(*next)
            .cloned()
            .ok_or_else(|| PyErr::type_error("not enough arguments for format string"))?;
        *next += 1;
        Ok(v)
    };
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut used_mapping = false;
    for piece in &pieces {
        let spec = match piece {
            PrintfPiece::Literal(s) => {
                out.push_str(s);
                continue;
            }
            PrintfPiece::Spec(spec) => spec,
            PrintfPiece::Error(_, e) => return Err(to_pyerr(e.clone())),
        };
        let mut resolve = |c: &Option<format::Count>| -> PyResult<Option<i64>> {
            match c {
                None => Ok(None),
                Some(format::Count::Fixed(n)) => Ok(Some(*n as i64)),
                Some(format::Count::Star) => {
                    let v = take(&mut next)?;
                    v.as_small_int()
                        .map(Some)
                        .ok_or_else(|| PyErr::type_error("* wants int"))
                }
            }
        };
        let width = resolve(&spec.width)?;
        let precision = resolve(&spec.precision)?;
        check_count(width)?;
        check_count(precision)?;
        let value = match &spec.mapping_key {
            Some(key) => {
                if !mapping {
                    return Err(PyErr::type_error("format requires a mapping"));
                }
                used_mapping = true;
                // As CPython's: once a key was looked up, a spec without
                // one has no argument left to take.
                next = positional.len();
                // A bytes format looks bytes keys up.
                let k = if bytes {
                    Value::bytes(key.chars().map(|c| c as u32 as u8).collect())
                } else {
                    Value::str(key)
                };
                crate::protocol::subscript::getitem(vm, args, &k)?
            }
            None => take(&mut next)?,
        };
        let text = match spec.conv {
            's' | 'b' | 'c' if bytes => {
                let s = bytes_conversion(spec.conv, &value)?;
                let spec = format::PrintfSpec {
                    conv: 's',
                    ..spec.clone()
                };
                format::printf_value(PrintfArg::Str(&s), &spec, width, precision)
            }
            'r' | 'a' if bytes => {
                let s = repr::ascii_escape(&repr::repr(vm, &value)?);
                format::printf_value(PrintfArg::Str(&s), spec, width, precision)
            }
            's' | 'r' | 'a' => {
                let s = match spec.conv {
                    's' => repr::str(vm, &value)?,
                    'r' => repr::repr(vm, &value)?,
                    _ => repr::ascii_escape(&repr::repr(vm, &value)?),
                };
                format::printf_value(PrintfArg::Str(&s), spec, width, precision)
            }
            _ => {
                let value = number_operand(vm, spec.conv, &value)?.unwrap_or(value);
                if let Some(n) = crate::protocol::number::bigint_of(&value) {
                    format::printf_value(PrintfArg::Int(&n), spec, width, precision)
                } else if let Some(f) = value.as_float() {
                    format::printf_value(PrintfArg::Float(f), spec, width, precision)
                } else if let Some(s) = value.as_str() {
                    format::printf_value(PrintfArg::Str(s), spec, width, precision)
                } else {
                    return Err(percent_type_error(spec.conv, &value));
                }
            }
        };
        out.push_str(&text.map_err(to_pyerr)?);
    }
    let unconverted = || {
        PyErr::type_error(if bytes {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        })
    };
    if !mapping && !used_mapping && next < positional.len() && args.as_tuple().is_some() {
        return Err(unconverted());
    }
    if !mapping && args.as_tuple().is_none() && next == 0 {
        return Err(unconverted());
    }
    Ok(out)
}

/// What a numeric `%` conversion formats for an instance of a class that
/// implements the number protocol, as CPython's `PyNumber_Long`,
/// `PyNumber_Index` and `PyFloat_AsDouble` see it; `None` for anything
/// else (builtin values format as they are).
fn number_operand(vm: &mut Vm, conv: char, v: &Value) -> PyResult<Option<Value>> {
    use crate::protocol::special::{call_special, lookup_special};
    if crate::object::types::class_of(v).is_none() || v.as_str().is_some() {
        return Ok(None);
    }
    let has = |name| lookup_special(v, name).is_some();
    if !(has("__index__") || has("__int__") || has("__float__")) {
        return Ok(None);
    }
    let ty = match conv {
        'd' | 'i' | 'u' => &crate::object::types::INT,
        'o' | 'x' | 'X' => return call_special(vm, v, "__index__", &[]),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => &crate::object::types::FLOAT,
        _ => return Ok(None),
    };
    vm.call(&ty.value(), vec![v.clone()], &[]).map(Some)
}

fn percent_type_error(conv: char, v: &Value) -> PyErr {
    let name = crate::object::types::type_name(v);
    match conv {
        'd' | 'i' | 'u' => PyErr::type_error(format!(
            "%{conv} format: a real number is required, not {name}"
        )),
        'o' | 'x' | 'X' => PyErr::type_error(format!(
            "%{conv} format: an integer is required, not {name}"
        )),
        'c' => PyErr::type_error(format!("%c requires int or char, not {name}")),
        _ => PyErr::type_error(format!("must be real number, not {name}")),
    }
}

/// `fmt.format(*args, **kwargs)`.
pub fn str_format(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<String> {
    format_with(vm, fmt, args, Named::Pairs(kwargs))
}

/// `fmt.format_map(mapping)`: named fields are looked up in `mapping`
/// itself (a dict subclass's `__missing__` answers too).
pub fn str_format_map(vm: &mut Vm, fmt: &str, mapping: &Value) -> PyResult<String> {
    format_with(vm, fmt, &[], Named::Mapping(mapping))
}

/// Where `str.format` finds its named fields.
#[derive(Clone, Copy)]
enum Named<'a> {
    /// Keyword arguments.
    Pairs(&'a [(Value, Value)]),
    /// `format_map`'s mapping.
    Mapping(&'a Value),
}

fn format_with(vm: &mut Vm, fmt: &str, args: &[Value], named: Named) -> PyResult<String> {
    let mut auto = 0usize;
    let mut manual = false;
    let mut automatic = false;
    render(
        vm,
        fmt,
        args,
        named,
        &mut auto,
        &mut manual,
        &mut automatic,
        2,
    )
}

#[allow(clippy::too_many_arguments)]
fn render(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kwargs: Named,
    auto: &mut usize,
    manual: &mut bool,
    automatic: &mut bool,
    depth: u32,
) -> PyResult<String> {
    if depth == 0 {
        return Err(PyErr::value_error("Max string recursion exceeded"));
    }
    let mut out = String::with_capacity(fmt.len());
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(PyErr::value_error(
                "Single '}' encountered in format string",
            ));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        // Find the matching close brace, allowing nested {} in the spec.
        let mut j = i + 1;
        let mut nest = 1;
        while j < chars.len() {
            match chars[j] {
                '{' => nest += 1,
                '}' => {
                    nest -= 1;
                    if nest == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        if j >= chars.len() {
            return Err(PyErr::value_error(unterminated_field(&chars[i + 1..])));
        }
        let field: String = chars[i + 1..j].iter().collect();
        i = j + 1;
        // Split field into name, conversion and spec.
        let (name_conv, spec) = match split_top(&field, ':') {
            Some((a, b)) => (a, Some(b)),
            None => (field.as_str(), None),
        };
        let (name, conv) = match name_conv.find('!') {
            Some(p) => (&name_conv[..p], Some(&name_conv[p + 1..])),
            None => (name_conv, None),
        };
        let value = resolve_field(vm, name, args, kwargs, auto, manual, automatic)?;
        let value = match conv {
            None => value,
            Some("s") => Value::string(repr::str(vm, &value)?),
            Some("r") => Value::string(repr::repr(vm, &value)?),
            Some("a") => Value::string(repr::ascii_escape(&repr::repr(vm, &value)?)),
            Some(other) => {
                return Err(PyErr::value_error(if other.is_empty() {
                    "end of string while looking for conversion specifier".to_owned()
                } else {
                    format!(
                        "Unknown conversion specifier {}",
                        other.chars().next().unwrap_or('?')
                    )
                }))
            }
        };
        let spec = match spec {
            Some(s) if s.contains('{') => {
                render(vm, s, args, kwargs, auto, manual, automatic, depth - 1)?
            }
            Some(s) => s.to_owned(),
            None => String::new(),
        };
        out.push_str(&format(vm, &value, &spec)?);
    }
    Ok(out)
}

/// CPython's error for a field with no closing brace: it depends on how
/// far the field got (its name, or a conversion or spec after it).
fn unterminated_field(field: &[char]) -> &'static str {
    if field.is_empty() {
        return "Single '{' encountered in format string";
    }
    let mut bracket = false;
    for &c in field {
        match c {
            '[' => bracket = true,
            ']' => bracket = false,
            ':' | '!' if !bracket => return "unmatched '{' in format spec",
            '{' if !bracket => return "unexpected '{' in field name",
            _ => {}
        }
    }
    "expected '}' before end of string"
}

/// Splits at the first `sep` outside brackets.
fn split_top(s: &str, sep: char) -> Option<(&str, &str)> {
    let mut bracket = false;
    for (i, c) in s.char_indices() {
        match c {
            '[' => bracket = true,
            ']' => bracket = false,
            c if c == sep && !bracket => return Some((&s[..i], &s[i + 1..])),
            _ => {}
        }
    }
    None
}

fn resolve_field(
    vm: &mut Vm,
    field: &str,
    args: &[Value],
    kwargs: Named,
    auto: &mut usize,
    manual: &mut bool,
    automatic: &mut bool,
) -> PyResult<Value> {
    let end = field.find(['.', '[']).unwrap_or(field.len());
    let (first, mut rest) = field.split_at(end);
    if matches!(kwargs, Named::Mapping(_)) && (first.is_empty() || first.parse::<usize>().is_ok()) {
        return Err(PyErr::value_error(
            "Format string contains positional fields",
        ));
    }
    let mut value = if first.is_empty() {
        if *manual {
            return Err(PyErr::value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        *automatic = true;
        let i = *auto;
        *auto += 1;
        args.get(i).cloned().ok_or_else(|| {
            PyErr::index_error(format!(
                "Replacement index {i} out of range for positional args tuple"
            ))
        })?
    } else if let Ok(i) = first.parse::<usize>() {
        if *automatic {
            return Err(PyErr::value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        *manual = true;
        args.get(i).cloned().ok_or_else(|| {
            PyErr::index_error(format!(
                "Replacement index {i} out of range for positional args tuple"
            ))
        })?
    } else {
        match kwargs {
            Named::Pairs(pairs) => pairs
                .iter()
                .find(|(k, _)| k.as_str() == Some(first))
                .map(|(_, v)| v.clone())
                .ok_or_else(|| PyErr::key_error(Value::str(first)))?,
            Named::Mapping(m) => crate::protocol::subscript::getitem(vm, m, &Value::str(first))?,
        }
    };
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = Value::str(&r[..end]);
            value = crate::protocol::attr::getattr(vm, &value, &attr)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(close) = r.find(']') else {
                return Err(PyErr::value_error("Missing ']' in format string"));
            };
            let key_text = &r[..close];
            // Only a run of digits is an index (`[-1]` is the key '-1').
            let digits = !key_text.is_empty() && key_text.bytes().all(|b| b.is_ascii_digit());
            let key = match key_text.parse::<i64>() {
                Ok(i) if digits => Value::int(i),
                _ => Value::str(key_text),
            };
            value = crate::protocol::subscript::getitem(vm, &value, &key)?;
            rest = &r[close + 1..];
        } else {
            return Err(PyErr::value_error(
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
        }
    }
    Ok(value)
}

/// `round(x, n)` for floats.
pub fn round_float(x: f64, ndigits: i64) -> PyResult<f64> {
    format::round_float(x, ndigits).map_err(to_pyerr)
}
