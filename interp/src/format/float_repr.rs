//! Float to text: `repr(float)` and CPython's `PyOS_double_to_string`.
//!
//! Digits come from Rust's float formatting, which is correctly rounded
//! (shortest round-trip digits for `{:e}`, exact round-half-even decimal
//! expansion for `{:.N}` and `{:.Ne}`), the same digits David Gay's `dtoa`
//! gives CPython. They are then laid out exactly like CPython's
//! `format_float_short` does.

use std::fmt::Write as _;

/// Options of [`float_to_string`], CPython's `Py_DTSF_*` flags.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FloatStyle {
    /// `Py_DTSF_SIGN`: write `+` before non-negative values.
    pub always_sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: integral values get `.0` (as `repr` does).
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: the `#` alternate form (keep the point and zeros).
    pub alternate: bool,
    /// `Py_DTSF_NO_NEG_0`: a negative value rounding to zero loses its sign.
    pub no_neg_zero: bool,
}

/// A small fixed buffer that `write!` can fill without allocating.
struct StackBuf {
    buf: [u8; 40],
    len: usize,
}

impl std::fmt::Write for StackBuf {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        if end > self.buf.len() {
            return Err(std::fmt::Error);
        }
        self.buf[self.len..end].copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// Splits Rust's `{:e}` output of a non-negative finite float
/// (`d[.ddd]e[-]x`) into its digits (written to `digits`) and the decimal
/// point position `decpt` (value = 0.DIGITS * 10**decpt). Returns
/// `(ndigits, decpt)`.
fn split_sci(text: &[u8], digits: &mut Vec<u8>) -> i64 {
    let mut exp: i64 = 0;
    let mut exp_neg = false;
    let mut in_exp = false;
    for &b in text {
        if in_exp {
            if b == b'-' {
                exp_neg = true;
            } else if b.is_ascii_digit() {
                exp = exp * 10 + i64::from(b - b'0');
            }
        } else if b == b'e' {
            in_exp = true;
        } else if b.is_ascii_digit() {
            digits.push(b);
        }
    }
    if exp_neg {
        exp = -exp;
    }
    exp + 1
}

/// Shortest round-tripping digits of a non-negative finite `x` into `out`
/// (no trailing zeros except for zero itself, which is `"0"`); returns the
/// number of digits and `decpt`. Never allocates.
fn shortest_digits(x: f64, out: &mut [u8; 24]) -> (usize, i64) {
    let mut sb = StackBuf {
        buf: [0; 40],
        len: 0,
    };
    // `{:e}` of a finite f64 is at most 24 bytes ("1.2345678901234567e-308"),
    // so this cannot fail; if it ever did, the digits would be empty.
    let _ = write!(sb, "{:e}", x);
    let (text, len) = (sb.buf, sb.len);
    let mut n = 0;
    let mut exp: i64 = 0;
    let mut exp_neg = false;
    let mut in_exp = false;
    for &b in &text[..len] {
        if in_exp {
            if b == b'-' {
                exp_neg = true;
            } else {
                exp = exp * 10 + i64::from(b.wrapping_sub(b'0'));
            }
        } else if b == b'e' {
            in_exp = true;
        } else if b != b'.' && n < out.len() {
            out[n] = b;
            n += 1;
        }
    }
    if exp_neg {
        exp = -exp;
    }
    let decpt = exp + 1;
    let n = fix_shortest_tie(x, out, n, decpt);
    (n, decpt)
}

/// Rust's shortest digits round an exact tie between two equally short
/// candidates up; David Gay's `dtoa` (so CPython) picks the even one
/// (`repr(632820561655689.25) == '632820561655689.2'`). Detects that case
/// and switches to the even candidate when it round-trips too. Returns the
/// new digit count.
fn fix_shortest_tie(x: f64, digits: &mut [u8; 24], n: usize, decpt: i64) -> usize {
    if x == 0.0 || n == 0 || n > 19 {
        return n;
    }
    // x = odd * 2**e2 exactly.
    let bits = x.to_bits();
    let be = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if be == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), be - 1075)
    };
    let tz = m.trailing_zeros();
    let odd = u128::from(m >> tz);
    let e2 = e + i64::from(tz);
    // The last digit has weight 10**k. x is a tie iff 2x / 10**k is an odd
    // integer v, which needs k == e2 + 1 and then v = odd / 5**k.
    let k = decpt - n as i64;
    if k != e2 + 1 {
        return n;
    }
    let v = if k > 0 {
        match 5u128.checked_pow(k as u32) {
            Some(p) if odd % p == 0 => odd / p,
            _ => return n,
        }
    } else {
        match 5u128
            .checked_pow((-k) as u32)
            .and_then(|p| p.checked_mul(odd))
        {
            Some(v) => v,
            None => return n,
        }
    };
    let mut mm: u128 = 0;
    for &d in &digits[..n] {
        mm = mm * 10 + u128::from(d - b'0');
    }
    if mm.is_multiple_of(2) {
        return n;
    }
    let alt = if v == 2 * mm + 1 {
        mm + 1
    } else if v + 1 == 2 * mm {
        mm - 1
    } else {
        return n;
    };
    let text = format!("{}e{}", alt, k);
    if alt == 0 || text.parse::<f64>() != Ok(x) || text.len() - format!("e{}", k).len() != n {
        return n;
    }
    digits[..n].copy_from_slice(&text.as_bytes()[..n]);
    let mut len = n;
    while len > 1 && digits[len - 1] == b'0' {
        len -= 1;
    }
    len
}

/// Significant digits enough for any double's exact decimal value.
const EXACT_SIG_DIGITS: usize = 800;

/// Places after the point enough for any double's exact decimal value.
const EXACT_FIXED_PLACES: usize = 1100;

/// `dtoa` mode 2: `ndigits` (>= 1) significant digits, correctly rounded,
/// trailing zeros removed. Zero gives `"0"` with decpt 1.
fn sig_digits(x: f64, ndigits: usize) -> (Vec<u8>, i64) {
    if x == 0.0 {
        return (vec![b'0'], 1);
    }
    // A double's exact decimal expansion has at most 767 significant
    // digits; past them every digit is a zero the caller pads back. Rust's
    // formatter also takes no precision above `u16::MAX`.
    let ndigits = ndigits.min(EXACT_SIG_DIGITS);
    let text = format!("{:.*e}", ndigits.saturating_sub(1), x);
    let mut digits = Vec::with_capacity(ndigits.min(800));
    let decpt = split_sci(text.as_bytes(), &mut digits);
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, decpt)
}

/// `dtoa` mode 3: digits up to `ndigits` places after the point, correctly
/// rounded, leading and trailing zeros removed. A value rounding to zero
/// gives no digits and decpt `-ndigits`; zero itself gives `"0"`, decpt 1.
fn fixed_digits(x: f64, ndigits: usize) -> (Vec<u8>, i64) {
    if x == 0.0 {
        return (vec![b'0'], 1);
    }
    // Every double is exact within 1074 places after the point (2**-1074 is
    // the smallest), so more places only add zeros, and a nonzero value
    // never rounds to zero there.
    let ndigits = ndigits.min(EXACT_FIXED_PLACES);
    let text = format!("{:.*}", ndigits, x);
    let mut digits = Vec::with_capacity(text.len());
    let mut decpt: i64 = 0;
    let mut seen_point = false;
    for &b in text.as_bytes() {
        if b == b'.' {
            seen_point = true;
        } else {
            if !seen_point {
                decpt += 1;
            }
            if b == b'0' && digits.is_empty() {
                decpt -= 1;
            } else {
                digits.push(b);
            }
        }
    }
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        decpt = -(ndigits as i64);
    }
    (digits, decpt)
}

fn push_zeros(out: &mut String, n: i64) {
    for _ in 0..n.max(0) {
        out.push('0');
    }
}

/// CPython's `format_float_short` layout of `digits` (value =
/// 0.DIGITS * 10**decpt). `code` is one of `e f g r`.
#[allow(clippy::too_many_arguments)]
fn layout(
    out: &mut String,
    digits: &[u8],
    mut decpt: i64,
    mut negative: bool,
    code: u8,
    precision: i64,
    style: FloatStyle,
    upper: bool,
) {
    let digits_len = digits.len() as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        b'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        b'f' => vdigits_end = decpt + precision,
        b'g' => {
            let limit = if style.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if style.alternate {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && style.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    if style.no_neg_zero && negative && (digits_len == 0 || digits == b"0") {
        negative = false;
    }
    if negative {
        out.push('-');
    } else if style.always_sign {
        out.push('+');
    }
    if decpt <= 0 {
        push_zeros(out, decpt - vdigits_start);
        out.push('.');
        push_zeros(out, -decpt);
    } else {
        push_zeros(out, -vdigits_start);
    }
    // `digits` holds ASCII digits only.
    let push_digits = |out: &mut String, d: &[u8]| {
        for &b in d {
            out.push(char::from(b));
        }
    };
    if 0 < decpt && decpt <= digits_len {
        let split = decpt as usize;
        push_digits(out, &digits[..split]);
        out.push('.');
        push_digits(out, &digits[split..]);
    } else {
        push_digits(out, digits);
    }
    if digits_len < decpt {
        push_zeros(out, decpt - digits_len);
        out.push('.');
        push_zeros(out, vdigits_end - decpt);
    } else {
        push_zeros(out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !style.alternate {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        // Writing to a String cannot fail.
        let _ = write!(out, "{}", e);
    }
}

/// Writes `inf`/`nan` (upper-cased on request) with CPython's sign rules:
/// the sign of a NaN is ignored.
fn push_non_finite(out: &mut String, x: f64, always_sign: bool, upper: bool) {
    if x.is_nan() {
        if always_sign {
            out.push('+');
        }
        out.push_str(if upper { "NAN" } else { "nan" });
    } else {
        if x < 0.0 {
            out.push('-');
        } else if always_sign {
            out.push('+');
        }
        out.push_str(if upper { "INF" } else { "inf" });
    }
}

/// `repr(x)` (equal to `str(x)`) for a float, like CPython: the shortest
/// digits that round-trip, in fixed notation when the decimal exponent is
/// in `-4..16` (with `.0` for integral values), scientific otherwise:
/// `0.1`, `1e+16`, `1e-05`, `-0.0`, `inf`, `nan`, `123456789012345.0`.
pub fn float_repr(x: f64) -> String {
    if !x.is_finite() {
        let mut out = String::with_capacity(4);
        push_non_finite(&mut out, x, false, false);
        return out;
    }
    let mut digits = [0u8; 24];
    let (n, decpt) = shortest_digits(x.abs(), &mut digits);
    // The longest result is 24 bytes ("-1.2345678901234567e-308") and the
    // fixed layout is at most 1 + 16 + 2 ("-1234567890123456.0") or
    // 1 + 2 + 3 + 17 ("-0.00012345678901234567"); 32 bytes always suffice.
    let mut buf = [0u8; 32];
    let mut len = 0;
    let mut put = |b: u8| {
        if len < buf.len() {
            buf[len] = b;
            len += 1;
        }
    };
    if x.is_sign_negative() {
        put(b'-');
    }
    let d = &digits[..n];
    if decpt > -4 && decpt <= 16 {
        if decpt <= 0 {
            put(b'0');
            put(b'.');
            for _ in 0..-decpt {
                put(b'0');
            }
            d.iter().for_each(|&b| put(b));
        } else if (decpt as usize) < n {
            let split = decpt as usize;
            d[..split].iter().for_each(|&b| put(b));
            put(b'.');
            d[split..].iter().for_each(|&b| put(b));
        } else {
            d.iter().for_each(|&b| put(b));
            for _ in n..decpt as usize {
                put(b'0');
            }
            put(b'.');
            put(b'0');
        }
    } else {
        let exp = decpt - 1;
        if let Some((&first, rest)) = d.split_first() {
            put(first);
            if !rest.is_empty() {
                put(b'.');
                rest.iter().for_each(|&b| put(b));
            }
        }
        put(b'e');
        put(if exp < 0 { b'-' } else { b'+' });
        let e = exp.unsigned_abs();
        if e >= 100 {
            put(b'0' + (e / 100) as u8);
        }
        put(b'0' + ((e / 10) % 10) as u8);
        put(b'0' + (e % 10) as u8);
    }
    // Only ASCII bytes were written, so this never falls back.
    std::str::from_utf8(&buf[..len]).map_or_else(|_| String::new(), str::to_owned)
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)`, appending
/// to `out`.
///
/// `code` is `e`, `E`, `f`, `F`, `g`, `G` (correctly rounded to
/// `precision` places or significant digits; `g` treats precision 0 as 1)
/// or `r` (shortest repr digits; `precision` ignored). Any other code is
/// treated as `r`. Upper-case codes upper-case the exponent letter and
/// `INF`/`NAN`.
pub(crate) fn write_float(
    out: &mut String,
    x: f64,
    code: char,
    precision: usize,
    style: FloatStyle,
) {
    let upper = code.is_ascii_uppercase();
    if !x.is_finite() {
        push_non_finite(out, x, style.always_sign, upper);
        return;
    }
    let negative = x.is_sign_negative();
    let a = x.abs();
    match code.to_ascii_lowercase() {
        'e' => {
            let p = precision.saturating_add(1);
            let (digits, decpt) = sig_digits(a, p);
            layout(out, &digits, decpt, negative, b'e', p as i64, style, upper);
        }
        'f' => {
            let (digits, decpt) = fixed_digits(a, precision);
            layout(
                out,
                &digits,
                decpt,
                negative,
                b'f',
                precision as i64,
                style,
                upper,
            );
        }
        'g' => {
            let p = precision.max(1);
            let (digits, decpt) = sig_digits(a, p);
            layout(out, &digits, decpt, negative, b'g', p as i64, style, upper);
        }
        _ => {
            let mut buf = [0u8; 24];
            let (n, decpt) = shortest_digits(a, &mut buf);
            layout(out, &buf[..n], decpt, negative, b'r', 0, style, upper);
        }
    }
}
