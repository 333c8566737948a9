//! The `%` operator on str (`"%5.2f" % x`), as CPython 3.11's
//! `PyUnicode_Format`: a parser for the format string and the per-value
//! conversions.
//!
//! The interpreter drives the loop: for each [`PrintfPiece::Spec`] it looks
//! up `mapping_key` (if any) in the mapping, fetches `*` width and
//! precision arguments, fetches the value, checks the conversion with
//! [`PrintfSpec::conversion_error`], then formats with [`printf_value`] (or
//! the typed [`printf_int`], [`printf_float`], [`printf_str`]). That is
//! CPython's order, so the same error wins when several apply. A spec with
//! a `mapping_key` when the right operand is not a mapping is `TypeError:
//! format requires a mapping`, raised before anything else for that spec
//! (also for an `incomplete format key` error piece, whose partial key is
//! never looked up). After the last piece, unused tuple items are
//! `TypeError: not all arguments converted during string formatting`.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::float_repr::{float_repr, write_float, FloatStyle};
use super::round::{bigint_to_float, float_to_bigint};
use super::FormatError;

/// A width or precision in a `%` spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    /// Written in the format string.
    Fixed(usize),
    /// `*`: taken from the next argument (an int; a negative width means
    /// left-justify, a negative precision means 0).
    Star,
}

/// One `%` conversion spec: `%[(key)][flags][width][.precision][hlL]conv`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintfSpec {
    /// The `(key)` of `%(key)s`, looked up in the mapping argument.
    pub mapping_key: Option<String>,
    /// `-` flag: left-justify.
    pub minus: bool,
    /// `+` flag: always sign numbers.
    pub plus: bool,
    /// ` ` flag: a space before non-negative numbers.
    pub space: bool,
    /// `0` flag: pad numbers with zeros.
    pub zero: bool,
    /// `#` flag: alternate form (`0x`, `0o` prefixes, kept float point).
    pub alternate: bool,
    /// Minimum width.
    pub width: Option<Count>,
    /// Precision (`.` alone means 0).
    pub precision: Option<Count>,
    /// The conversion character (may be unsupported; see
    /// [`PrintfSpec::conversion_error`]).
    pub conv: char,
    /// Code-point index of `conv` in the format string (for messages).
    pub index: usize,
}

/// A piece of a parsed `%` format string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PrintfPiece {
    /// Text copied as is (`%%` already turned into `%`).
    Literal(String),
    /// A conversion consuming an argument.
    Spec(PrintfSpec),
    /// A malformed spec (only from [`parse_printf_deferred`], and always
    /// last): CPython raises the error when it reaches this point, after
    /// the mapping check, the key lookup (not for `incomplete format key`)
    /// and fetching the `*` arguments that the partial spec shows.
    Error(PrintfSpec, FormatError),
}

/// A value for [`printf_value`].
#[derive(Clone, Copy, Debug)]
pub enum PrintfArg<'a> {
    /// A Python int (or bool).
    Int(&'a BigInt),
    /// A Python float.
    Float(f64),
    /// A Python str. For `%s`, `%r` and `%a` it must already be the
    /// `str()`, `repr()` or `ascii()` of the argument.
    Str(&'a str),
}

impl PrintfSpec {
    fn empty() -> Self {
        PrintfSpec {
            mapping_key: None,
            minus: false,
            plus: false,
            space: false,
            zero: false,
            alternate: false,
            width: None,
            precision: None,
            conv: '\0',
            index: 0,
        }
    }

    /// `Some(ValueError("unsupported format character 'y' (0x79) at index
    /// 3"))` when `conv` is not one of `s r a i d u o x X e E f F g G c`.
    /// CPython raises it after fetching the value argument.
    pub fn conversion_error(&self) -> Option<FormatError> {
        if matches!(
            self.conv,
            's' | 'r'
                | 'a'
                | 'i'
                | 'd'
                | 'u'
                | 'o'
                | 'x'
                | 'X'
                | 'e'
                | 'E'
                | 'f'
                | 'F'
                | 'g'
                | 'G'
                | 'c'
        ) {
            return None;
        }
        let cp = self.conv as u32;
        let shown = if (31..=126).contains(&cp) {
            self.conv
        } else {
            '?'
        };
        Some(FormatError::Value(format!(
            "unsupported format character '{}' (0x{:x}) at index {}",
            shown, cp, self.index
        )))
    }
}

fn incomplete() -> FormatError {
    FormatError::Value("incomplete format".into())
}

/// Parses a `%` format string into literal text and conversion specs,
/// stopping at the first malformed spec, which becomes a final
/// [`PrintfPiece::Error`]. Unsupported conversion characters are kept as
/// specs (see [`PrintfSpec::conversion_error`]) because CPython reports
/// them only after fetching the argument.
pub fn parse_printf_deferred(fmt: &str) -> Vec<PrintfPiece> {
    let chars: Vec<char> = fmt.chars().collect();
    let n = chars.len();
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    while i < n {
        let c = chars[i];
        i += 1;
        if c != '%' {
            lit.push(c);
            continue;
        }
        if i < n && chars[i] == '%' {
            lit.push('%');
            i += 1;
            continue;
        }
        if !lit.is_empty() {
            pieces.push(PrintfPiece::Literal(std::mem::take(&mut lit)));
        }
        let mut spec = PrintfSpec::empty();
        macro_rules! fail {
            ($e:expr) => {{
                pieces.push(PrintfPiece::Error(spec, $e));
                return pieces;
            }};
        }
        if i < n && chars[i] == '(' {
            i += 1;
            let start = i;
            let mut depth = 1;
            while i < n && depth > 0 {
                match chars[i] {
                    ')' => depth -= 1,
                    '(' => depth += 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                spec.mapping_key = Some(chars[start..].iter().collect());
                fail!(FormatError::Value("incomplete format key".into()));
            }
            spec.mapping_key = Some(chars[start..i - 1].iter().collect());
        }
        while i < n {
            match chars[i] {
                '-' => spec.minus = true,
                '+' => spec.plus = true,
                ' ' => spec.space = true,
                '#' => spec.alternate = true,
                '0' => spec.zero = true,
                _ => break,
            }
            i += 1;
        }
        if i < n && chars[i] == '*' {
            spec.width = Some(Count::Star);
            i += 1;
        } else if i < n && chars[i].is_ascii_digit() {
            let mut w: usize = 0;
            while i < n && chars[i].is_ascii_digit() {
                let d = chars[i] as usize - '0' as usize;
                if w > (i64::MAX as usize - d) / 10 {
                    fail!(FormatError::Value("width too big".into()));
                }
                w = w * 10 + d;
                i += 1;
            }
            spec.width = Some(Count::Fixed(w));
        }
        if i < n && chars[i] == '.' {
            i += 1;
            if i < n && chars[i] == '*' {
                spec.precision = Some(Count::Star);
                i += 1;
            } else {
                let mut p: usize = 0;
                while i < n && chars[i].is_ascii_digit() {
                    let d = chars[i] as usize - '0' as usize;
                    if p > (i32::MAX as usize - d) / 10 {
                        fail!(FormatError::Value("precision too big".into()));
                    }
                    p = p * 10 + d;
                    i += 1;
                }
                spec.precision = Some(Count::Fixed(p));
            }
        }
        if i < n && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= n {
            fail!(incomplete());
        }
        spec.conv = chars[i];
        spec.index = i;
        i += 1;
        pieces.push(PrintfPiece::Spec(spec));
    }
    if !lit.is_empty() {
        pieces.push(PrintfPiece::Literal(lit));
    }
    pieces
}

/// Parses a `%` format string, reporting the first malformed spec or
/// unsupported conversion character as an error right away
/// (`incomplete format`, `incomplete format key`, `width too big`,
/// `precision too big`, `unsupported format character 'y' (0x79) at index
/// 3`). Simpler than [`parse_printf_deferred`], but when a format string
/// has both such an error and a bad argument, CPython may report the
/// argument error instead.
pub fn parse_printf(fmt: &str) -> Result<Vec<PrintfPiece>, FormatError> {
    let mut pieces = parse_printf_deferred(fmt);
    for p in &pieces {
        match p {
            PrintfPiece::Error(_, e) => return Err(e.clone()),
            PrintfPiece::Spec(s) => {
                if let Some(e) = s.conversion_error() {
                    return Err(e);
                }
            }
            PrintfPiece::Literal(_) => {}
        }
    }
    pieces.shrink_to_fit();
    Ok(pieces)
}

/// CPython's `unicode_format_arg_output`: pads `s` (already converted)
/// into `out`. `numeric` is CPython's `arg->sign` (set for numbers).
fn output(
    out: &mut String,
    s: &str,
    numeric: bool,
    spec: &PrintfSpec,
    width: Option<i64>,
    precision: Option<i64>,
) {
    let mut ljust = spec.minus;
    let mut width: i64 = match width {
        Some(w) if w < 0 => {
            ljust = true;
            w.saturating_neg()
        }
        Some(w) => w,
        None => -1,
    };
    let prec: i64 = precision.map_or(-1, |p| p.max(0));
    let mut sign = numeric;
    let fill = if sign && spec.zero { '0' } else { ' ' };
    let mut len = s.chars().count() as i64;
    if (width == -1 || width <= len) && (prec == -1 || prec >= len) && !(spec.plus || spec.space) {
        out.push_str(s);
        return;
    }
    if matches!(spec.conv, 's' | 'r' | 'a') && prec >= 0 && len > prec {
        len = prec;
    }
    let mut pindex = 0i64;
    let mut signchar = ' ';
    if sign {
        match s.chars().next() {
            Some(c @ ('-' | '+')) => {
                signchar = c;
                len -= 1;
                pindex += 1;
            }
            _ if spec.plus => signchar = '+',
            _ if spec.space => signchar = ' ',
            _ => sign = false,
        }
    }
    if width < len {
        width = len;
    }
    let alt_prefix = spec.alternate && matches!(spec.conv, 'x' | 'X' | 'o');
    if sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    if alt_prefix {
        if fill != ' ' {
            out.push('0');
            out.push(spec.conv);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !ljust {
        for _ in 0..width - len {
            out.push(fill);
        }
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.push(signchar);
        }
        if alt_prefix {
            out.push('0');
            out.push(spec.conv);
            pindex += 2;
        }
    }
    if len > 0 {
        let start = pindex.max(0) as usize;
        let take = len as usize;
        out.extend(s.chars().skip(start).take(take));
    }
    if width > len {
        for _ in 0..width - len {
            out.push(' ');
        }
    }
}

/// `%d %i %u %o %x %X` of an int, with flags, `width` and `precision`
/// (minimum number of digits; above `i32::MAX - 3` it is `OverflowError:
/// precision too large`) already resolved: pass the literal values,
/// or the `*` arguments (negative width left-justifies, negative precision
/// means 0). `%#x` gives `0x..`, `%#X` gives `0X..`, `%#o` gives `0o..`.
pub fn printf_int(
    n: &BigInt,
    spec: &PrintfSpec,
    width: Option<i64>,
    precision: Option<i64>,
) -> Result<String, FormatError> {
    if precision.is_some_and(|p| p > i64::from(i32::MAX) - 3) {
        return Err(FormatError::Overflow("precision too large".into()));
    }
    let (base, prefix) = match spec.conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = n.magnitude().to_str_radix(base);
    if spec.conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let prec = precision.map_or(0, |p| p.max(0)) as usize;
    let mut s = String::with_capacity(digits.len() + prec + 3);
    if n.sign() == Sign::Minus {
        s.push('-');
    }
    if spec.alternate {
        s.push_str(prefix);
    }
    for _ in digits.len()..prec {
        s.push('0');
    }
    s.push_str(&digits);
    let mut out = String::new();
    output(&mut out, &s, true, spec, width, precision);
    Ok(out)
}

/// `%e %E %f %F %g %G` of a float (default precision 6; `%g` drops
/// trailing zeros unless `#`), with resolved `width`/`precision` as for
/// [`printf_int`].
pub fn printf_float(
    x: f64,
    spec: &PrintfSpec,
    width: Option<i64>,
    precision: Option<i64>,
) -> String {
    let prec = precision.map_or(6, |p| p.max(0)) as usize;
    let style = FloatStyle {
        alternate: spec.alternate,
        ..FloatStyle::default()
    };
    let mut s = String::new();
    write_float(&mut s, x, spec.conv, prec, style);
    let mut out = String::new();
    output(&mut out, &s, true, spec, width, precision);
    out
}

/// `%s %r %a` (of the already converted text) and `%c` (of the one-char
/// string) with resolved `width`/`precision` as for [`printf_int`]; the
/// precision truncates to that many code points, except for `%c`.
pub fn printf_str(
    s: &str,
    spec: &PrintfSpec,
    width: Option<i64>,
    precision: Option<i64>,
) -> String {
    let mut out = String::new();
    output(&mut out, s, false, spec, width, precision);
    out
}

/// Formats one value for `spec` with CPython's conversions and type errors:
/// `%d`-style of a float truncates it (`ValueError`/`OverflowError` for NaN
/// and infinities), `%x` of a non-int is `TypeError: %x format: an integer
/// is required, not float`, `%f` of a str is `TypeError: must be real
/// number, not str`, `%c` takes an int in `range(0x110000)` or a
/// one-character str, `%s`/`%r`/`%a` of an int or float use its `str()`
/// (which equals its `repr()` and `ascii()`). Unsupported conversions give
/// [`PrintfSpec::conversion_error`].
pub fn printf_value(
    arg: PrintfArg<'_>,
    spec: &PrintfSpec,
    width: Option<i64>,
    precision: Option<i64>,
) -> Result<String, FormatError> {
    if let Some(e) = spec.conversion_error() {
        return Err(e);
    }
    let type_name = match arg {
        PrintfArg::Int(_) => "int",
        PrintfArg::Float(_) => "float",
        PrintfArg::Str(_) => "str",
    };
    match spec.conv {
        'd' | 'i' | 'u' => match arg {
            PrintfArg::Int(n) => printf_int(n, spec, width, precision),
            PrintfArg::Float(x) => printf_int(&float_to_bigint(x)?, spec, width, precision),
            PrintfArg::Str(_) => Err(FormatError::Type(format!(
                "%{} format: a real number is required, not {}",
                spec.conv, type_name
            ))),
        },
        'o' | 'x' | 'X' => match arg {
            PrintfArg::Int(n) => printf_int(n, spec, width, precision),
            _ => Err(FormatError::Type(format!(
                "%{} format: an integer is required, not {}",
                spec.conv, type_name
            ))),
        },
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match arg {
                PrintfArg::Int(n) => bigint_to_float(n)?,
                PrintfArg::Float(x) => x,
                PrintfArg::Str(_) => {
                    return Err(FormatError::Type(format!(
                        "must be real number, not {}",
                        type_name
                    )))
                }
            };
            Ok(printf_float(x, spec, width, precision))
        }
        'c' => {
            let ch = match arg {
                PrintfArg::Int(n) => {
                    let v = n.to_i64().unwrap_or(-1);
                    if !(0..=0x10ffff).contains(&v) {
                        return Err(FormatError::Overflow(
                            "%c arg not in range(0x110000)".into(),
                        ));
                    }
                    char::from_u32(v as u32).ok_or_else(|| {
                        FormatError::Value(format!(
                            "character U+{:04X} is a surrogate, which Coral strings cannot hold",
                            v
                        ))
                    })?
                }
                PrintfArg::Str(s) => {
                    let mut it = s.chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => c,
                        _ => return Err(FormatError::Type("%c requires int or char".into())),
                    }
                }
                PrintfArg::Float(_) => {
                    return Err(FormatError::Type("%c requires int or char".into()))
                }
            };
            let mut tmp = [0u8; 4];
            Ok(printf_str(ch.encode_utf8(&mut tmp), spec, width, precision))
        }
        _ => {
            // 's' | 'r' | 'a'
            let text;
            let s = match arg {
                PrintfArg::Str(s) => s,
                PrintfArg::Int(n) => {
                    text = n.to_string();
                    &text
                }
                PrintfArg::Float(x) => {
                    text = float_repr(x);
                    &text
                }
            };
            Ok(printf_str(s, spec, width, precision))
        }
    }
}
