//! The format-spec mini-language: `format(value, spec)`, `f"{value:spec}"`
//! and `str.format`, for `int`, `float` and `str`, as CPython 3.11's
//! `Python/formatter_unicode.c` implements it (C locale for `n`).
//!
//! Grammar: `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::float_repr::{float_repr, write_float, FloatStyle};
use super::round::bigint_to_float;
use super::unicode::py_decimal_value;
use super::FormatError;

/// Alignment of a formatted field (`<`, `>`, `^`, `=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`: pad on the right.
    Left,
    /// `>`: pad on the left.
    Right,
    /// `^`: pad both sides; the odd extra fill char goes on the right.
    Center,
    /// `=`: pad between the sign/prefix and the digits (numbers only).
    AfterSign,
}

/// The sign option of a format spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    /// `-`: sign only negative numbers (the default behaviour).
    Minus,
    /// `+`: sign every number.
    Plus,
    /// ` `: a space before non-negative numbers.
    Space,
}

/// A parsed format spec. Fields left out of the spec are `None` (or
/// `false`); `fill` is already resolved (`' '` by default, `'0'` when the
/// `0` flag is given without an explicit fill).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character (any code point).
    pub fill: char,
    /// The explicit alignment, if any. When absent, numbers align right
    /// (or [`Align::AfterSign`] with the `0` flag) and strings left.
    pub align: Option<Align>,
    /// The explicit sign option, if any (an explicit `-` is recorded, as
    /// CPython rejects it for strings and `c`).
    pub sign: Option<Sign>,
    /// The `z` option (coerce negative zero to zero, floats only).
    pub no_neg_zero: bool,
    /// The `#` option.
    pub alternate: bool,
    /// The `0` flag before the width (only when no explicit fill was given).
    pub zero_pad: bool,
    /// Minimum field width in code points.
    pub width: Option<usize>,
    /// Thousands separator: `','` or `'_'`.
    pub grouping: Option<char>,
    /// Precision (digits for floats, maximum length for strings).
    pub precision: Option<usize>,
    /// The presentation type, e.g. `'x'`, `'f'`, `'s'`.
    pub kind: Option<char>,
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// `"'x'"` for printable ASCII, `"'\x1234'"` otherwise (CPython's `%c` vs
/// `\x%x` choice in its error messages).
fn quote_code(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        format!("'{}'", c)
    } else {
        format!("'\\x{:x}'", cp)
    }
}

/// CPython's `get_integer`: a run of (Unicode) decimal digits. Returns the
/// number of digits consumed and the value, or the overflow error.
fn get_integer(rest: &mut &str) -> Result<(usize, usize), FormatError> {
    let mut acc: u64 = 0;
    let mut count = 0;
    let mut consumed_bytes = 0;
    for c in rest.chars() {
        let Some(d) = py_decimal_value(c) else { break };
        let d = u64::from(d);
        if acc > (i64::MAX as u64 - d) / 10 {
            return Err(FormatError::Value(
                "Too many decimal digits in format string".into(),
            ));
        }
        acc = acc * 10 + d;
        count += 1;
        consumed_bytes += c.len_utf8();
    }
    *rest = &rest[consumed_bytes..];
    // acc <= i64::MAX; saturate on 32-bit targets.
    Ok((count, usize::try_from(acc).unwrap_or(usize::MAX)))
}

/// Parses a format spec like CPython's `parse_internal_render_format_spec`,
/// including the check that `,`/`_` suit the presentation type. Invalid
/// trailing text is reported as `Invalid format specifier '...' for object
/// of type 'object'`; use [`parse_spec_for_type`] to name the real type.
#[cfg(test)]
pub fn parse_spec(spec: &str) -> Result<FormatSpec, FormatError> {
    parse_spec_for_type(spec, "object", None)
}

/// [`parse_spec`] for a value of Python type `type_name`, whose default
/// presentation type is `default_kind` (`Some('d')` for int, `None` for
/// float, `Some('s')` for str); the default takes part in the grouping
/// check exactly as in CPython (`format('a', ',')` is an error).
pub fn parse_spec_for_type(
    spec: &str,
    type_name: &str,
    default_kind: Option<char>,
) -> Result<FormatSpec, FormatError> {
    let mut fs = FormatSpec {
        fill: ' ',
        align: None,
        sign: None,
        no_neg_zero: false,
        alternate: false,
        zero_pad: false,
        width: None,
        grouping: None,
        precision: None,
        kind: None,
    };
    let mut rest = spec;
    let mut fill_specified = false;
    {
        let mut it = rest.chars();
        let c0 = it.next();
        let c1 = it.next();
        if let (Some(f), Some(a)) = (c0, c1.and_then(align_of)) {
            fs.fill = f;
            fs.align = Some(a);
            fill_specified = true;
            rest = &rest[f.len_utf8() + 1..];
        } else if let Some(a) = c0.and_then(align_of) {
            fs.align = Some(a);
            rest = &rest[1..];
        }
    }
    match rest.as_bytes().first() {
        Some(b'+') => fs.sign = Some(Sign::Plus),
        Some(b'-') => fs.sign = Some(Sign::Minus),
        Some(b' ') => fs.sign = Some(Sign::Space),
        _ => {}
    }
    if fs.sign.is_some() {
        rest = &rest[1..];
    }
    if rest.starts_with('z') {
        fs.no_neg_zero = true;
        rest = &rest[1..];
    }
    if rest.starts_with('#') {
        fs.alternate = true;
        rest = &rest[1..];
    }
    if !fill_specified && rest.starts_with('0') {
        fs.fill = '0';
        fs.zero_pad = true;
        rest = &rest[1..];
    }
    let (n, w) = get_integer(&mut rest)?;
    if n > 0 {
        fs.width = Some(w);
    }
    if rest.starts_with(',') {
        fs.grouping = Some(',');
        rest = &rest[1..];
    }
    if rest.starts_with('_') {
        if fs.grouping.is_some() {
            return Err(both_separators());
        }
        fs.grouping = Some('_');
        rest = &rest[1..];
    }
    if rest.starts_with(',') && fs.grouping == Some('_') {
        return Err(both_separators());
    }
    if rest.starts_with('.') {
        rest = &rest[1..];
        let (n, p) = get_integer(&mut rest)?;
        if n == 0 {
            return Err(FormatError::Value(
                "Format specifier missing precision".into(),
            ));
        }
        fs.precision = Some(p);
    }
    let mut it = rest.chars();
    if let Some(k) = it.next() {
        if it.next().is_some() {
            return Err(FormatError::Value(format!(
                "Invalid format specifier '{}' for object of type '{}'",
                spec, type_name
            )));
        }
        fs.kind = Some(k);
    }
    if let Some(sep) = fs.grouping {
        match fs.kind.or(default_kind) {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0') => {}
            Some('b' | 'o' | 'x' | 'X') if sep == '_' => {}
            Some(k) => {
                return Err(FormatError::Value(format!(
                    "Cannot specify '{}' with {}.",
                    sep,
                    quote_code(k)
                )))
            }
        }
    }
    Ok(fs)
}

fn both_separators() -> FormatError {
    FormatError::Value("Cannot specify both ',' and '_'.".into())
}

fn unknown_code(kind: char, type_name: &str) -> FormatError {
    FormatError::Value(format!(
        "Unknown format code {} for object of type '{}'",
        quote_code(kind),
        type_name
    ))
}

fn push_fill(out: &mut String, c: char, n: usize) {
    for _ in 0..n {
        out.push(c);
    }
}

/// The pieces of a number to lay out (CPython's `NumberFieldWidths` input).
struct NumberParts<'a> {
    negative: bool,
    /// `0x`, `0B`... (already in the right case).
    prefix: &'a str,
    /// Integer digits, ASCII.
    digits: &'a [u8],
    has_decimal: bool,
    /// Text after the decimal point (or after the digits when there is
    /// none): fraction, exponent, `%`, `inf`, or the char for `c`.
    remainder: &'a str,
}

/// Group sizes: every `size` digits with `sep` between groups.
#[derive(Clone, Copy)]
struct Grouping {
    sep: char,
    size: i64,
}

/// CPython's `calc_number_widths` + `fill_number`, appending to `out`.
fn write_number(out: &mut String, fs: &FormatSpec, p: &NumberParts<'_>, group: Option<Grouping>) {
    let align = fs.align.unwrap_or(if fs.zero_pad {
        Align::AfterSign
    } else {
        Align::Right
    });
    let width: i64 = fs.width.map_or(-1, |w| w.min(i64::MAX as usize) as i64);
    let sign = match (p.negative, fs.sign) {
        (true, _) => Some('-'),
        (false, Some(Sign::Plus)) => Some('+'),
        (false, Some(Sign::Space)) => Some(' '),
        _ => None,
    };
    let n_sign = i64::from(sign.is_some());
    let n_prefix = p.prefix.len() as i64;
    let n_decimal = i64::from(p.has_decimal);
    let n_remainder = p.remainder.chars().count() as i64;
    let n_non_digit = n_sign + n_prefix + n_decimal + n_remainder;
    let min_width = if fs.fill == '0' && align == Align::AfterSign {
        width - n_non_digit
    } else {
        0
    };

    // Compute the digit groups, right to left: (zeros, digits) per group.
    // Small fixed array for the common cases, spilling to a Vec.
    let mut groups_small = [(0i64, 0i64); 8];
    let mut groups_vec: Vec<(i64, i64)> = Vec::new();
    let mut n_groups = 0usize;
    let mut n_grouped: i64 = 0;
    if !p.digits.is_empty() {
        let mut push_group = |g: (i64, i64)| {
            if n_groups < groups_small.len() && groups_vec.is_empty() {
                groups_small[n_groups] = g;
            } else {
                if groups_vec.is_empty() {
                    groups_vec.extend_from_slice(&groups_small);
                }
                groups_vec.push(g);
            }
            n_groups += 1;
        };
        let mut remaining = p.digits.len() as i64;
        let mut min_w = min_width.max(0);
        match group {
            None => {
                let len = remaining.max(min_w).max(1);
                push_group((len - remaining, remaining));
                n_grouped = len;
            }
            Some(g) => {
                let sep_len = 1;
                let mut first = true;
                loop {
                    let len = g.size.min(remaining.max(min_w).max(1));
                    let n_zeros = (len - remaining).max(0);
                    let n_chars = remaining.min(len).max(0);
                    n_grouped += if first { 0 } else { sep_len } + n_zeros + n_chars;
                    first = false;
                    push_group((n_zeros, n_chars));
                    remaining -= n_chars;
                    min_w -= len;
                    if remaining <= 0 && min_w <= 0 {
                        break;
                    }
                    min_w -= sep_len;
                }
            }
        }
    }
    let groups: &[(i64, i64)] = if groups_vec.is_empty() {
        &groups_small[..n_groups]
    } else {
        &groups_vec
    };

    let n_padding = width - (n_non_digit + n_grouped);
    let (mut lpad, mut spad, mut rpad) = (0i64, 0i64, 0i64);
    if n_padding > 0 {
        match align {
            Align::Left => rpad = n_padding,
            Align::Center => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            Align::AfterSign => spad = n_padding,
            Align::Right => lpad = n_padding,
        }
    }
    out.reserve((n_non_digit + n_grouped + n_padding.max(0)) as usize);
    push_fill(out, fs.fill, lpad as usize);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(p.prefix);
    push_fill(out, fs.fill, spad as usize);
    let mut pos = 0usize;
    for (i, &(zeros, chars)) in groups.iter().rev().enumerate() {
        if i > 0 {
            if let Some(g) = group {
                out.push(g.sep);
            }
        }
        push_fill(out, '0', zeros as usize);
        let end = pos + chars as usize;
        for &b in &p.digits[pos..end] {
            out.push(char::from(b));
        }
        pos = end;
    }
    if p.has_decimal {
        out.push('.');
    }
    out.push_str(p.remainder);
    push_fill(out, fs.fill, rpad as usize);
}

/// An integer to format: a machine int (fast path) or a big one.
#[derive(Clone, Copy)]
enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    fn to_f64(self) -> Result<f64, FormatError> {
        match self {
            IntRef::Small(n) => Ok(n as f64),
            IntRef::Big(n) => bigint_to_float(n),
        }
    }
}

/// Writes the digits of `n` in `base` (2, 8, 10, 16), lower-case, into the
/// end of `buf`; returns the start index.
fn u64_digits(mut n: u64, base: u64, buf: &mut [u8; 64]) -> usize {
    let mut i = buf.len();
    loop {
        i -= 1;
        let d = (n % base) as u8;
        buf[i] = if d < 10 { b'0' + d } else { b'a' + d - 10 };
        n /= base;
        if n == 0 {
            return i;
        }
    }
}

/// CPython's `format_long_internal`.
fn format_long(n: IntRef<'_>, fs: &FormatSpec, kind: char) -> Result<String, FormatError> {
    if fs.precision.is_some() {
        return Err(FormatError::Value(
            "Precision not allowed in integer format specifier".into(),
        ));
    }
    if fs.no_neg_zero {
        return Err(FormatError::Value(
            "Negative zero coercion (z) not allowed in integer format specifier".into(),
        ));
    }
    let mut out = String::new();
    if kind == 'c' {
        if fs.sign.is_some() {
            return Err(FormatError::Value(
                "Sign not allowed with integer format specifier 'c'".into(),
            ));
        }
        if fs.alternate {
            return Err(FormatError::Value(
                "Alternate form (#) not allowed with integer format specifier 'c'".into(),
            ));
        }
        let v = match n {
            IntRef::Small(v) => v,
            IntRef::Big(b) => b.to_i64().ok_or_else(|| {
                FormatError::Overflow("Python int too large to convert to C long".into())
            })?,
        };
        if !(0..=0x10ffff).contains(&v) {
            return Err(FormatError::Overflow(
                "%c arg not in range(0x110000)".into(),
            ));
        }
        let ch = char::from_u32(v as u32).ok_or_else(|| surrogate_error(v))?;
        let mut tmp = [0u8; 4];
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: &[],
            has_decimal: false,
            remainder: ch.encode_utf8(&mut tmp),
        };
        write_number(&mut out, fs, &parts, None);
        return Ok(out);
    }
    let (base, prefix) = match kind {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let prefix = if fs.alternate { prefix } else { "" };
    let group = match fs.grouping {
        Some(sep) if kind != 'n' => Some(Grouping {
            sep,
            size: if base == 10 { 3 } else { 4 },
        }),
        _ => None,
    };
    let mut buf = [0u8; 64];
    let mut big_digits: Vec<u8>;
    let (negative, digits): (bool, &mut [u8]) = match n {
        IntRef::Small(v) => {
            let start = u64_digits(v.unsigned_abs(), base, &mut buf);
            (v < 0, &mut buf[start..])
        }
        IntRef::Big(b) => {
            big_digits = b.magnitude().to_str_radix(base as u32).into_bytes();
            (b.is_negative(), &mut big_digits[..])
        }
    };
    if kind == 'X' {
        digits.make_ascii_uppercase();
    }
    let parts = NumberParts {
        negative,
        prefix,
        digits,
        has_decimal: false,
        remainder: "",
    };
    write_number(&mut out, fs, &parts, group);
    Ok(out)
}

fn surrogate_error(v: i64) -> FormatError {
    FormatError::Value(format!(
        "character U+{:04X} is a surrogate, which Coral strings cannot hold",
        v
    ))
}

/// CPython's `format_float_internal`.
fn format_float_internal(x: f64, fs: &FormatSpec) -> Result<String, FormatError> {
    let mut precision = match fs.precision {
        Some(p) if p > i32::MAX as usize => {
            return Err(FormatError::Value("precision too big".into()))
        }
        p => p,
    };
    let mut style = FloatStyle {
        alternate: fs.alternate,
        no_neg_zero: fs.no_neg_zero,
        ..FloatStyle::default()
    };
    let mut default_precision = 6;
    let mut code = fs.kind.unwrap_or('r');
    if fs.kind.is_none() {
        style.add_dot_0 = true;
        default_precision = 0;
    }
    let mut x = x;
    let mut add_pct = false;
    match code {
        'n' => code = 'g',
        '%' => {
            code = 'f';
            x *= 100.0;
            add_pct = true;
        }
        _ => {}
    }
    if precision.is_some() && code == 'r' {
        code = 'g';
    }
    let prec = *precision.get_or_insert(default_precision);
    let mut buf = String::with_capacity(24);
    write_float(&mut buf, x, code, prec, style);
    if add_pct {
        buf.push('%');
    }
    let plain = fs.width.is_none()
        && fs.grouping.is_none()
        && !matches!(fs.sign, Some(Sign::Plus | Sign::Space));
    if plain {
        return Ok(buf);
    }
    // CPython's parse_number: sign, integer digits, '.', remainder.
    let (negative, body) = match buf.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, buf.as_str()),
    };
    let n_int = body.bytes().take_while(u8::is_ascii_digit).count();
    let (int_digits, after) = body.split_at(n_int);
    let (has_decimal, remainder) = match after.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, after),
    };
    let group = match fs.grouping {
        Some(sep) if fs.kind != Some('n') => Some(Grouping { sep, size: 3 }),
        _ => None,
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits: int_digits.as_bytes(),
        has_decimal,
        remainder,
    };
    let mut out = String::new();
    write_number(&mut out, fs, &parts, group);
    Ok(out)
}

/// `format(n, spec)` for a Python int, exactly like CPython: types
/// `b c d o x X n` (n uses the C locale: no grouping) and none, plus
/// `e E f F g G %` which convert to float first (raising
/// `OverflowError: int too large to convert to float` when needed).
/// An empty spec gives `str(n)`.
pub fn format_int(n: &BigInt, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(n.to_string());
    }
    if let Some(small) = n.to_i64() {
        return format_int_ref(IntRef::Small(small), spec);
    }
    format_int_ref(IntRef::Big(n), spec)
}

/// [`format_int`] for a machine integer, without any big-int arithmetic.
pub fn format_i64(n: i64, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        let mut buf = [0u8; 64];
        let start = u64_digits(n.unsigned_abs(), 10, &mut buf);
        let mut out = String::with_capacity(21);
        if n < 0 {
            out.push('-');
        }
        for &b in &buf[start..] {
            out.push(char::from(b));
        }
        return Ok(out);
    }
    format_int_ref(IntRef::Small(n), spec)
}

fn format_int_ref(n: IntRef<'_>, spec: &str) -> Result<String, FormatError> {
    let fs = parse_spec_for_type(spec, "int", Some('d'))?;
    let kind = fs.kind.unwrap_or('d');
    match kind {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long(n, &fs, kind),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float_internal(n.to_f64()?, &fs),
        other => Err(unknown_code(other, "int")),
    }
}

/// `format(x, spec)` for a Python float, exactly like CPython: types
/// `e E f F g G n %` and none (with a precision, none is like `g` but
/// keeps a `.0` on integral results and switches to exponent one digit
/// earlier; without one it is `repr`). Supports fill/align, `=` and zero
/// padding, signs, `z`, `#`, and `,`/`_` grouping of the integer part.
/// An empty spec gives `repr(x)`.
pub fn format_float(x: f64, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let mut fs = parse_spec_for_type(spec, "float", None)?;
    if fs.kind == Some('\0') {
        // CPython stores "no type" as NUL, so an explicit NUL is no type.
        fs.kind = None;
    }
    match fs.kind {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_internal(x, &fs),
        Some(other) => Err(unknown_code(other, "float")),
    }
}

/// `format(s, spec)` for a Python str, exactly like CPython: type `s` or
/// none; the precision truncates to that many code points; width, fill and
/// centering count code points (centering puts the odd extra fill char on
/// the right). An empty spec gives `s` unchanged.
pub fn format_str(s: &str, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(s.to_owned());
    }
    let fs = parse_spec_for_type(spec, "str", Some('s'))?;
    match fs.kind {
        None | Some('s') => {}
        Some(other) => return Err(unknown_code(other, "str")),
    }
    match fs.sign {
        Some(Sign::Space) => {
            return Err(FormatError::Value(
                "Space not allowed in string format specifier".into(),
            ))
        }
        Some(_) => {
            return Err(FormatError::Value(
                "Sign not allowed in string format specifier".into(),
            ))
        }
        None => {}
    }
    if fs.no_neg_zero {
        return Err(FormatError::Value(
            "Negative zero coercion (z) not allowed in string format specifier".into(),
        ));
    }
    if fs.alternate {
        return Err(FormatError::Value(
            "Alternate form (#) not allowed in string format specifier".into(),
        ));
    }
    if fs.align == Some(Align::AfterSign) {
        return Err(FormatError::Value(
            "'=' alignment not allowed in string format specifier".into(),
        ));
    }
    let (body, len) = truncate_chars(s, fs.precision);
    let width = fs.width.unwrap_or(0);
    let total = width.max(len);
    let lpad = match fs.align.unwrap_or(Align::Left) {
        Align::Right => total - len,
        Align::Center => (total - len) / 2,
        Align::Left | Align::AfterSign => 0,
    };
    let rpad = total - len - lpad;
    let mut out = String::with_capacity(body.len() + (lpad + rpad) * fs.fill.len_utf8());
    push_fill(&mut out, fs.fill, lpad);
    out.push_str(body);
    push_fill(&mut out, fs.fill, rpad);
    Ok(out)
}

/// The first `limit` code points of `s` (all of it when `None`) and their
/// count.
pub(crate) fn truncate_chars(s: &str, limit: Option<usize>) -> (&str, usize) {
    match limit {
        None => (s, s.chars().count()),
        Some(p) => {
            let mut count = 0;
            for (i, _) in s.char_indices() {
                if count == p {
                    return (&s[..i], count);
                }
                count += 1;
            }
            (s, count)
        }
    }
}
