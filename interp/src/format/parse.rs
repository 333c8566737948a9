//! Text to numbers: `int(s, base)` and `float(s)` with CPython's rules for
//! whitespace, signs, prefixes, underscores and Unicode digits.

use num_bigint::{BigInt, BigUint, Sign};

use super::unicode::{ascii_isspace, transform_decimal_and_space};

/// `_PyLong_DigitValue`: the value of an ASCII digit or letter, 37 for
/// anything else.
#[inline]
fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 37,
    }
}

/// `int(s, base)` for a str, like CPython: surrounding whitespace
/// (Unicode too) is ignored, one optional sign, Unicode decimal digits
/// count as digits, single underscores only between digits (and after a
/// base prefix), `base` 0 infers the base from a `0x`/`0o`/`0b` prefix
/// (and then rejects a non-zero number with a leading `0`, like `010`),
/// and a prefix matching an explicit base is allowed (`int('0x1f', 16)`).
/// Returns `None` when the text is invalid; the caller raises
/// `ValueError: invalid literal for int() with base N: 's'`. A `base` other
/// than 0 or 2..=36 also gives `None`; the caller should reject it first
/// (`int() arg 2 must be >= 2 and <= 36`).
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    if base == 1 || base > 36 {
        return None;
    }
    match transform_decimal_and_space(s) {
        None => parse_int_ascii(s.as_bytes(), base),
        Some(v) => parse_int_ascii(&v, base),
    }
}

fn parse_int_ascii(b: &[u8], mut base: u32) -> Option<BigInt> {
    let at = |k: usize| b.get(k).copied().unwrap_or(0);
    let mut i = 0;
    while i < b.len() && ascii_isspace(b[i]) {
        i += 1;
    }
    let mut negative = false;
    match at(i) {
        b'+' => i += 1,
        b'-' => {
            negative = true;
            i += 1;
        }
        _ => {}
    }
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0'
        && matches!(
            (base, at(i + 1)),
            (16, b'x' | b'X') | (8, b'o' | b'O') | (2, b'b' | b'B')
        )
    {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return None;
    }
    let start = i;
    let mut prev = 0u8;
    let mut ndigits = 0usize;
    let mut small: u64 = 0;
    let mut small_ok = true;
    while i < b.len() {
        let c = b[i];
        if c == b'_' {
            if prev == b'_' {
                return None;
            }
        } else {
            let d = digit_value(c);
            if d >= base {
                break;
            }
            ndigits += 1;
            if small_ok {
                match small
                    .checked_mul(u64::from(base))
                    .and_then(|v| v.checked_add(u64::from(d)))
                {
                    Some(v) => small = v,
                    None => small_ok = false,
                }
            }
        }
        prev = c;
        i += 1;
    }
    if prev == b'_' || ndigits == 0 {
        return None;
    }
    let end = i;
    while i < b.len() && ascii_isspace(b[i]) {
        i += 1;
    }
    if i != b.len() {
        return None;
    }
    let mag = if small_ok {
        BigUint::from(small)
    } else {
        let digits: Vec<u8> = b[start..end]
            .iter()
            .copied()
            .filter(|&c| c != b'_')
            .collect();
        BigUint::parse_bytes(&digits, base)?
    };
    if error_if_nonzero && mag != BigUint::from(0u32) {
        return None;
    }
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Some(BigInt::from_biguint(sign, mag))
}

/// `float(s)` for a str, like CPython: surrounding whitespace (Unicode
/// too) is ignored, Unicode decimal digits count, single underscores only
/// between digits, an optional sign, then `inf`, `infinity` or `nan` in
/// any case, or a decimal literal (`1e5`, `.5`, `5.`, `-1.5E-3`) with at
/// least one mantissa digit. Correctly rounded; overflow gives an infinity.
/// Returns `None` when invalid (`'1__0'`, `'_1'`, `'e5'`, `''`); the caller
/// raises `ValueError: could not convert string to float: 's'`.
pub fn parse_float(s: &str) -> Option<f64> {
    match transform_decimal_and_space(s) {
        None => parse_float_ascii(s.as_bytes()),
        Some(v) => parse_float_ascii(&v),
    }
}

fn parse_float_ascii(b: &[u8]) -> Option<f64> {
    let cleaned: Vec<u8>;
    let mut b = b;
    if b.contains(&b'_') {
        // _Py_string_to_number_with_underscores
        let mut out = Vec::with_capacity(b.len());
        let mut prev = 0u8;
        for &c in b {
            if c == b'_' {
                if !prev.is_ascii_digit() {
                    return None;
                }
            } else {
                if prev == b'_' && !c.is_ascii_digit() {
                    return None;
                }
                out.push(c);
            }
            prev = c;
        }
        if prev == b'_' {
            return None;
        }
        cleaned = out;
        b = &cleaned;
    }
    let mut lo = 0;
    let mut hi = b.len();
    while lo < hi && ascii_isspace(b[lo]) {
        lo += 1;
    }
    while hi > lo && ascii_isspace(b[hi - 1]) {
        hi -= 1;
    }
    let t = &b[lo..hi];
    if t.is_empty() {
        return None;
    }
    let (negative, body) = match t[0] {
        b'-' => (true, &t[1..]),
        b'+' => (false, &t[1..]),
        _ => (false, t),
    };
    let special = if body.eq_ignore_ascii_case(b"inf") || body.eq_ignore_ascii_case(b"infinity") {
        Some(f64::INFINITY)
    } else if body.eq_ignore_ascii_case(b"nan") {
        Some(f64::NAN)
    } else {
        None
    };
    if let Some(v) = special {
        return Some(if negative { -v } else { v });
    }
    // digits [. digits] [(e|E) [sign] digits], at least one mantissa digit.
    let mut i = 0;
    let int_digits = body.iter().take_while(|c| c.is_ascii_digit()).count();
    i += int_digits;
    let mut frac_digits = 0;
    if body.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = body[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        i += frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if matches!(body.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(body.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_digits = body[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if exp_digits == 0 {
            return None;
        }
        i += exp_digits;
    }
    if i != body.len() {
        return None;
    }
    // `t` is validated ASCII in Rust's float grammar.
    let text = std::str::from_utf8(t).ok()?;
    text.parse::<f64>().ok()
}
