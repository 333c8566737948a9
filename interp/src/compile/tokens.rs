//! CPython's rules for single tokens, with its messages.
//!
//! ruff's lexer accepts Python 3.12's tokens and reports the ones it
//! rejects in its own words. CPython 3.11 names each problem: `invalid
//! digit '8' in octal literal`, `invalid character '€' (U+20AC)`, a
//! truncated `\x` escape with its position, `f-string expression part
//! cannot include a backslash`. The scan of `limits.rs` walks the source
//! token by token and hands each number, name and string to this module,
//! which follows `Parser/tokenizer.c` and `Parser/string_parser.c` of
//! CPython 3.11: the same order of checks, so the same first error.

use crate::format::is_printable;

/// A token error: its message and the byte offset it is reported at.
pub(super) type TokenError = (String, usize);

/// `a-z`, `A-Z`, `0-9`, `_` or any byte of a non-ASCII character: what
/// CPython's tokenizer takes into a name before checking it.
pub(super) fn is_name_byte(b: u8) -> bool {
    b == b'_' || b.is_ascii_alphanumeric() || b >= 0x80
}

/// A cursor as `tok_nextc`/`tok_backup` move it; past the end it reads 0.
struct Cursor<'a> {
    b: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn next(&mut self) -> u8 {
        let c = self.b.get(self.i).copied().unwrap_or(0);
        self.i += 1;
        c
    }

    fn back(&mut self) {
        self.i -= 1;
    }

    fn err<T>(&self, msg: impl Into<String>) -> Result<T, TokenError> {
        Err((msg.into(), self.i.min(self.b.len())))
    }

    /// Digits with single underscores between them; returns the first
    /// byte after them (already read).
    fn decimal_tail(&mut self) -> Result<u8, TokenError> {
        loop {
            let mut c = self.next();
            while c.is_ascii_digit() {
                c = self.next();
            }
            if c != b'_' {
                return Ok(c);
            }
            if !self.next().is_ascii_digit() {
                self.back();
                return self.err("invalid decimal literal");
            }
        }
    }

    /// Digits of a prefixed literal (`0x`, `0o`, `0b`) after the prefix.
    fn radix_digits(&mut self, kind: &str, digit: fn(u8) -> bool) -> Result<usize, TokenError> {
        let mut c = self.next();
        loop {
            if c == b'_' {
                c = self.next();
            }
            if !digit(c) {
                if kind != "hexadecimal" && c.is_ascii_digit() {
                    return self.err(format!("invalid digit '{}' in {kind} literal", c as char));
                }
                self.back();
                return self.err(format!("invalid {kind} literal"));
            }
            c = self.next();
            while digit(c) {
                c = self.next();
            }
            if c != b'_' {
                break;
            }
        }
        if kind != "hexadecimal" && c.is_ascii_digit() {
            return self.err(format!("invalid digit '{}' in {kind} literal", c as char));
        }
        self.end_of_number(kind)
    }

    /// `c` was read after a fraction's `.`.
    fn fraction(&mut self, mut c: u8) -> Result<usize, TokenError> {
        if c.is_ascii_digit() {
            c = self.decimal_tail()?;
        }
        self.after_fraction(c)
    }

    fn after_fraction(&mut self, c: u8) -> Result<usize, TokenError> {
        match c {
            b'e' | b'E' => self.exponent(),
            b'j' | b'J' => self.imaginary(),
            _ => self.end_of_number("decimal"),
        }
    }

    /// The `e` of an exponent was just read.
    fn exponent(&mut self) -> Result<usize, TokenError> {
        let e_at = self.i - 1;
        let mut c = self.next();
        if c == b'+' || c == b'-' {
            if !self.next().is_ascii_digit() {
                self.back();
                return self.err("invalid decimal literal");
            }
        } else if !c.is_ascii_digit() {
            // `1else`: the number ends before the `e` (with a warning in
            // CPython); `1e` or `1ex` is an error.
            self.i = e_at + 1;
            self.end_of_number("decimal")?;
            return Ok(e_at);
        }
        c = self.decimal_tail()?;
        match c {
            b'j' | b'J' => self.imaginary(),
            _ => self.end_of_number("decimal"),
        }
    }

    fn imaginary(&mut self) -> Result<usize, TokenError> {
        self.next();
        self.end_of_number("imaginary")
    }

    /// `verify_end_of_number`: the byte just read ends the number unless
    /// it could continue a name. Followed by a keyword that may follow a
    /// number (`1if x else y`), the number is accepted, as CPython does
    /// (it warns). Returns where the number ends.
    fn end_of_number(&mut self, kind: &str) -> Result<usize, TokenError> {
        let at = self.i - 1;
        let rest = self.b.get(at..).unwrap_or(&[]);
        let keyword =
            |k: &[u8]| rest.starts_with(k) && !rest.get(k.len()).is_some_and(|&b| is_name_byte(b));
        let before_keyword = match rest.first() {
            Some(b'a') => keyword(b"and"),
            Some(b'e') => keyword(b"else"),
            Some(b'f') => keyword(b"for"),
            Some(b'i') => matches!(rest.get(1), Some(b'f' | b'n' | b's')),
            Some(b'o') => keyword(b"or"),
            Some(b'n') => keyword(b"not"),
            _ => false,
        };
        if !before_keyword && rest.first().is_some_and(|&b| is_name_byte(b)) {
            self.back();
            return self.err(format!("invalid {kind} literal"));
        }
        Ok(at.min(self.b.len()))
    }
}

/// Scans the number starting at `start` (a digit, or a `.` before one) the
/// way CPython's tokenizer does; returns where it ends.
pub(super) fn number(b: &[u8], start: usize) -> Result<usize, TokenError> {
    let mut t = Cursor { b, i: start };
    let c = t.next();
    if c == b'.' {
        let c = t.next();
        return t.fraction(c);
    }
    if c != b'0' {
        let c = t.decimal_tail()?;
        if c == b'.' {
            let c = t.next();
            return t.fraction(c);
        }
        return t.after_fraction(c);
    }
    let mut c = t.next();
    match c {
        b'x' | b'X' => t.radix_digits("hexadecimal", |c| c.is_ascii_hexdigit()),
        b'o' | b'O' => t.radix_digits("octal", |c| (b'0'..b'8').contains(&c)),
        b'b' | b'B' => t.radix_digits("binary", |c| c == b'0' || c == b'1'),
        _ => {
            loop {
                if c == b'_' {
                    c = t.next();
                    if !c.is_ascii_digit() {
                        t.back();
                        return t.err("invalid decimal literal");
                    }
                }
                if c != b'0' {
                    break;
                }
                c = t.next();
            }
            let nonzero = c.is_ascii_digit();
            if nonzero {
                c = t.decimal_tail()?;
            }
            match c {
                b'.' => {
                    let c = t.next();
                    t.fraction(c)
                }
                b'e' | b'E' => t.exponent(),
                b'j' | b'J' => t.imaginary(),
                _ if nonzero => {
                    t.back();
                    t.err(
                        "leading zeros in decimal integer literals are not permitted; use an 0o \
                         prefix for octal integers",
                    )
                }
                _ => t.end_of_number("decimal"),
            }
        }
    }
}

/// Checks a name with non-ASCII characters as `verify_identifier` does:
/// the first character that cannot be in an identifier is named.
pub(super) fn name(src: &str, start: usize, end: usize) -> Option<TokenError> {
    let text = src.get(start..end)?;
    for (k, (i, ch)) in text.char_indices().enumerate() {
        let ok = if k == 0 {
            ch == '_' || unicode_ident::is_xid_start(ch)
        } else {
            unicode_ident::is_xid_continue(ch)
        };
        if !ok {
            let at = start + i + ch.len_utf8();
            let code = ch as u32;
            let msg = if is_printable(ch) {
                format!("invalid character '{ch}' (U+{code:04X})")
            } else {
                format!("invalid non-printable character U+{code:04X}")
            };
            return Some((msg, at));
        }
    }
    None
}

/// A string prefix's letters.
#[derive(Clone, Copy, Default)]
pub(super) struct Prefix {
    bytes: bool,
    raw: bool,
    format: bool,
}

/// The valid string prefix `word` is (`rb`, `F`, `u`...), if it is one:
/// CPython's tokenizer's `saw_b`/`saw_r`/`saw_u`/`saw_f` rules.
pub(super) fn prefix(word: &[u8]) -> Option<Prefix> {
    let (mut p, mut u) = (Prefix::default(), false);
    for &c in word {
        match c.to_ascii_lowercase() {
            b'b' if !(p.bytes || u || p.format) => p.bytes = true,
            b'u' if !(p.bytes || u || p.raw || p.format) => u = true,
            b'r' if !(p.raw || u) => p.raw = true,
            b'f' if !(p.format || p.bytes || u) => p.format = true,
            _ => return None,
        }
    }
    Some(p)
}

/// Checks a terminated string's body (between its quotes) as CPython's
/// parser does when it turns the token into a constant. Errors are
/// reported at `at` (CPython points past the token).
pub(super) fn string(p: Prefix, body: &str, at: usize) -> Option<TokenError> {
    let msg = if p.bytes {
        bytes_body(body, p.raw)
    } else if p.format {
        fstring(body, p.raw, 0, None).err()
    } else if p.raw {
        None
    } else {
        unicode_escapes(body)
    };
    msg.map(|m| (m, at))
}

/// The expressions of an f-string body's replacement fields, nested ones
/// included, in order (CPython 3.11 compiles each as `(expression)` on its
/// own, which is where its syntax errors come from).
pub(super) fn fstring_expressions(body: &str, raw: bool) -> Vec<&str> {
    let mut exprs = Vec::new();
    let _ = fstring(body, raw, 0, Some(&mut exprs));
    exprs
}

/// `prefix` makes an f-string; and a raw one.
impl Prefix {
    pub(super) fn format(&self) -> bool {
        self.format
    }

    pub(super) fn raw(&self) -> bool {
        self.raw
    }
}

fn bytes_body(body: &str, raw: bool) -> Option<String> {
    if !body.is_ascii() {
        return Some("bytes can only contain ASCII literal characters".to_owned());
    }
    if raw {
        return None;
    }
    let b = body.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        if b.get(i + 1) == Some(&b'x') {
            let hex = |k: usize| b.get(k).is_some_and(u8::is_ascii_hexdigit);
            if !(hex(i + 2) && hex(i + 3)) {
                return Some(format!("(value error) invalid \\x escape at position {i}"));
            }
        }
        i += 2;
    }
    None
}

/// The `unicode_escape` decoding of a str literal's text, as
/// `decode_unicode_with_escapes` feeds it: each non-ASCII character is
/// first spelled `\UXXXXXXXX`, so error positions count it as ten bytes.
fn unicode_escapes(text: &str) -> Option<String> {
    if !text.contains('\\') {
        return None;
    }
    let mut buf = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            buf.push('\\');
            if chars.peek().is_none_or(|n| !n.is_ascii()) {
                buf.push_str("u005c");
            } else if let Some(n) = chars.next() {
                buf.push(n);
            }
            continue;
        }
        if c.is_ascii() {
            buf.push(c);
        } else {
            buf.push_str(&format!("\\U{:08x}", c as u32));
        }
    }
    escape_error(buf.as_bytes())
}

/// `_PyUnicode_DecodeUnicodeEscapeInternal`'s first error on ASCII text.
fn escape_error(b: &[u8]) -> Option<String> {
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        let start = i;
        i += 2;
        let (count, what) = match b.get(start + 1) {
            Some(b'x') => (2, "truncated \\xXX escape"),
            Some(b'u') => (4, "truncated \\uXXXX escape"),
            Some(b'U') => (8, "truncated \\UXXXXXXXX escape"),
            Some(b'N') => match named_escape(b, i) {
                Ok(next) => {
                    i = next;
                    continue;
                }
                Err((end, what)) => return Some(decode_error(start, end, what)),
            },
            _ => continue,
        };
        let mut code: u32 = 0;
        for _ in 0..count {
            match b.get(i).and_then(|&c| (c as char).to_digit(16)) {
                Some(d) => code = code << 4 | d,
                None => return Some(decode_error(start, i.min(b.len()), what)),
            }
            i += 1;
        }
        if code > 0x10FFFF {
            return Some(decode_error(start, i, "illegal Unicode character"));
        }
    }
    None
}

/// `\N{name}` after the `N` (at `i`): where it ends, or where the error
/// ends and what it is.
fn named_escape(b: &[u8], i: usize) -> Result<usize, (usize, &'static str)> {
    const MALFORMED: &str = "malformed \\N character escape";
    if b.get(i) != Some(&b'{') {
        return Err((i.min(b.len()), MALFORMED));
    }
    let name_start = i + 1;
    let Some(len) = b[name_start..].iter().position(|&c| c == b'}') else {
        return Err((b.len(), MALFORMED));
    };
    if len == 0 {
        return Err((name_start, MALFORMED));
    }
    let end = name_start + len + 1;
    let name = std::str::from_utf8(&b[name_start..end - 1]).unwrap_or("");
    match unicode_names2::character(name) {
        Some(_) => Ok(end),
        None => Err((end, "unknown Unicode character name")),
    }
}

/// A `UnicodeDecodeError`'s message as a `SyntaxError` carries it.
fn decode_error(start: usize, end: usize, what: &str) -> String {
    let pos = if end <= start + 1 {
        format!("byte 0x5c in position {start}")
    } else {
        format!("bytes in position {start}-{}", end - 1)
    };
    format!("(unicode error) 'unicodeescape' codec can't decode {pos}: {what}")
}

/// Brackets an f-string expression may nest (CPython's `MAXLEVEL`).
const FSTRING_MAX_NESTING: usize = 200;

/// CPython 3.11's f-string parser (`fstring_find_literal` and
/// `fstring_find_expr`) over `body`, at nesting `level` (a format spec is
/// one deeper). Returns where the (nested) f-string ends: at the end of
/// `body`, or at the `}` closing a format spec.
fn fstring<'a>(
    body: &'a str,
    raw: bool,
    level: u32,
    mut exprs: Option<&mut Vec<&'a str>>,
) -> Result<usize, String> {
    let b = body.as_bytes();
    let mut i = 0;
    loop {
        // A literal part.
        let lit_start = i;
        while i < b.len() {
            let c = b[i];
            if !raw && c == b'\\' && i + 1 < b.len() {
                // An escaped brace still opens or closes a field (CPython
                // warns about the escape).
                if matches!(b[i + 1], b'{' | b'}') {
                    i += 1;
                    continue;
                }
                i += 2;
                if b[i - 1] == b'N' && b.get(i) == Some(&b'{') {
                    i += b[i..]
                        .iter()
                        .position(|&c| c == b'}')
                        .map_or(b.len() - i, |k| k + 1);
                }
                continue;
            }
            if c == b'{' || c == b'}' {
                if level == 0 && b.get(i + 1) == Some(&c) {
                    break;
                }
                if level == 0 && c == b'}' {
                    return Err("f-string: single '}' is not allowed".to_owned());
                }
                break;
            }
            i += 1;
        }
        if !raw {
            if let Some(msg) = unicode_escapes(&body[lit_start..i]) {
                return Err(msg);
            }
        }
        if i >= b.len() {
            return Ok(i);
        }
        if level == 0 && b.get(i + 1) == Some(&b[i]) {
            i += 2;
            continue;
        }
        if b[i] == b'}' {
            return Ok(i);
        }
        i = fstring_field(body, i, raw, level, exprs.as_deref_mut())?;
    }
}

/// One replacement field starting at the `{` at `open`; returns the index
/// after its `}`.
fn fstring_field<'a>(
    body: &'a str,
    open: usize,
    raw: bool,
    level: u32,
    mut exprs: Option<&mut Vec<&'a str>>,
) -> Result<usize, String> {
    const EXPECTING: &str = "f-string: expecting '}'";
    let b = body.as_bytes();
    if level >= 2 {
        return Err("f-string: expressions nested too deeply".to_owned());
    }
    let start = open + 1;
    let mut i = start;
    let mut quote: Option<(u8, bool)> = None;
    let mut parens: Vec<u8> = Vec::new();
    while i < b.len() {
        let c = b[i];
        if c == b'\\' {
            return Err("f-string expression part cannot include a backslash".to_owned());
        }
        if let Some((q, triple)) = quote {
            if c == q {
                if !triple {
                    quote = None;
                } else if b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q) {
                    quote = None;
                    i += 2;
                }
            }
        } else if c == b'\'' || c == b'"' {
            let triple = b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c);
            if triple {
                i += 2;
            }
            quote = Some((c, triple));
        } else if matches!(c, b'[' | b'(' | b'{') {
            if parens.len() >= FSTRING_MAX_NESTING {
                return Err("f-string: too many nested parenthesis".to_owned());
            }
            parens.push(c);
        } else if c == b'#' {
            return Err("f-string expression part cannot include '#'".to_owned());
        } else if parens.is_empty() && matches!(c, b'!' | b':' | b'}' | b'=' | b'<' | b'>') {
            if b.get(i + 1) == Some(&b'=') && matches!(c, b'!' | b'=' | b'<' | b'>') {
                i += 2;
                continue;
            }
            if c != b'<' && c != b'>' {
                break;
            }
        } else if matches!(c, b']' | b')' | b'}') {
            let Some(opening) = parens.pop() else {
                return Err(format!("f-string: unmatched '{}'", c as char));
            };
            let pair = matches!((opening, c), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
            if !pair {
                return Err(format!(
                    "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                    c as char, opening as char
                ));
            }
        }
        i += 1;
    }
    if quote.is_some() {
        return Err("f-string: unterminated string".to_owned());
    }
    if let Some(&opening) = parens.last() {
        return Err(format!("f-string: unmatched '{}'", opening as char));
    }
    if i >= b.len() {
        return Err(EXPECTING.to_owned());
    }
    if let Some(exprs) = exprs.as_deref_mut() {
        exprs.push(&body[start..i]);
    }
    if body[start..i]
        .bytes()
        .all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'))
    {
        return Err(match b[i] {
            c @ (b'!' | b':' | b'=') => {
                format!("f-string: expression required before '{}'", c as char)
            }
            _ => "f-string: empty expression not allowed".to_owned(),
        });
    }
    if b[i] == b'=' {
        i += 1;
        while b.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        if i >= b.len() {
            return Err(EXPECTING.to_owned());
        }
    }
    if b[i] == b'!' {
        i += 1;
        let Some(&conv) = b.get(i) else {
            return Err(EXPECTING.to_owned());
        };
        i += 1;
        if !matches!(conv, b's' | b'r' | b'a') {
            return Err(
                "f-string: invalid conversion character: expected 's', 'r', or 'a'".to_owned(),
            );
        }
    }
    if b.get(i) == Some(&b':') {
        i += 1;
        if i >= b.len() {
            return Err(EXPECTING.to_owned());
        }
        i += fstring(&body[i..], raw, level + 1, exprs)?;
    }
    if b.get(i) != Some(&b'}') {
        return Err(EXPECTING.to_owned());
    }
    Ok(i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(src: &str) -> Result<usize, String> {
        number(src.as_bytes(), 0).map_err(|(m, _)| m)
    }

    #[test]
    fn numbers_end_where_cpython_ends_them() {
        assert_eq!(num("123 "), Ok(3));
        assert_eq!(num("1_000.5e-3j+"), Ok(11));
        assert_eq!(num("0x_fF)"), Ok(5));
        assert_eq!(num("00"), Ok(2));
        assert_eq!(num("1if"), Ok(1));
        assert_eq!(num("1else"), Ok(1));
        assert_eq!(num(".5"), Ok(2));
    }

    #[test]
    fn bad_numbers_get_cpython_messages() {
        let invalid = |kind: &str| Err(format!("invalid {kind} literal"));
        assert_eq!(num("1_000_"), invalid("decimal"));
        assert_eq!(num("1__0"), invalid("decimal"));
        assert_eq!(num("1abc"), invalid("decimal"));
        assert_eq!(num("1e"), invalid("decimal"));
        assert_eq!(num("1.5e+"), invalid("decimal"));
        assert_eq!(num("0x"), invalid("hexadecimal"));
        assert_eq!(num("0xg"), invalid("hexadecimal"));
        assert_eq!(num("0b"), invalid("binary"));
        assert_eq!(num("1.5j_"), invalid("imaginary"));
        assert_eq!(
            num("0b12"),
            Err("invalid digit '2' in binary literal".to_owned())
        );
        assert_eq!(
            num("0o7_8"),
            Err("invalid digit '8' in octal literal".to_owned())
        );
        assert!(num("08").is_err_and(|m| m.starts_with("leading zeros")));
    }

    #[test]
    fn escapes_are_checked_with_cpython_positions() {
        assert_eq!(unicode_escapes(r"\n\x41\u00e9\N{DIGIT ONE}"), None);
        assert_eq!(
            unicode_escapes(r"é\x4"),
            Some(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: \
                 truncated \\xXX escape"
                    .to_owned()
            )
        );
        assert!(unicode_escapes(r"\N{NOT A NAME}")
            .is_some_and(|m| m.contains("position 0-13: unknown Unicode character name")));
        assert!(unicode_escapes(r"\U0011ffff")
            .is_some_and(|m| m.ends_with("illegal Unicode character")));
        assert_eq!(
            bytes_body(r"a\x4", false),
            Some(r"(value error) invalid \x escape at position 1".to_owned())
        );
    }

    #[test]
    fn fstrings_follow_the_3_11_rules() {
        let f = |s: &str| fstring(s, false, 0, None).err();
        assert_eq!(f("a{{b}}{x!r:>{w}}{y=}{a<b}{d['k']}"), None);
        assert_eq!(
            f("{}").as_deref(),
            Some("f-string: empty expression not allowed")
        );
        assert_eq!(
            f("}").as_deref(),
            Some("f-string: single '}' is not allowed")
        );
        assert_eq!(
            f("{a#}").as_deref(),
            Some("f-string expression part cannot include '#'")
        );
        assert_eq!(
            f("{1!x}").as_deref(),
            Some("f-string: invalid conversion character: expected 's', 'r', or 'a'")
        );
        assert_eq!(
            f("{1:{2:{3}}}").as_deref(),
            Some("f-string: expressions nested too deeply")
        );
        assert_eq!(
            f("{(}").as_deref(),
            Some("f-string: closing parenthesis '}' does not match opening parenthesis '('")
        );
        assert_eq!(f("{1").as_deref(), Some("f-string: expecting '}'"));
    }
}
