//! `float` methods.

use super::methods::{method_args, no_kw};
use crate::method_table;
use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::KwArgs;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

method_table! {
    /// The methods of `float`.
    pub static FLOAT_METHODS = [
    "is_integer" => is_integer,
    "as_integer_ratio" => float_ratio,
    "conjugate" => super::int::conjugate,
    "hex" => float_hex,
    "fromhex" => fromhex as ClassMethod,
    ];
}

fn float_self(args: &[Value]) -> PyResult<f64> {
    args.first()
        .and_then(Value::as_float)
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'float' object"))
}

fn is_integer(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("float.is_integer", kwargs)?;
    method_args("float.is_integer", args, 0, 0)?;
    let f = float_self(args)?;
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}

fn float_ratio(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("float.as_integer_ratio", kwargs)?;
    method_args("float.as_integer_ratio", args, 0, 0)?;
    let f = float_self(args)?;
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow("cannot convert Infinity to integer ratio"));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 {
        (bits & ((1 << 52) - 1)) << 1
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let mut num = BigInt::from(mant);
    let mut den = BigInt::one();
    let e = exp - 1075;
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    if f < 0.0 {
        num = -num;
    }
    let g = num_integer::Integer::gcd(&num, &den);
    if !g.is_zero() {
        num /= &g;
        den /= &g;
    }
    let _ = num.is_negative();
    Ok(Value::tuple(vec![Value::bigint(num), Value::bigint(den)]))
}

/// `float.hex()`: `0x1.4000000000000p+1`, as CPython's `float_hex`.
fn float_hex(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("float.hex", kwargs)?;
    method_args("float.hex", args, 0, 0)?;
    Ok(Value::string(hex_of(float_self(args)?)))
}

fn hex_of(x: f64) -> String {
    if !x.is_finite() {
        return crate::format::float_repr(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    // The 53 significant bits as 1 + 52 (or 0 + 52 for subnormals).
    let bits = x.abs().to_bits();
    let biased = (bits >> 52) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    let esign = if exp < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{fraction:013x}p{esign}{}", exp.abs())
}

/// `float.fromhex(s)`: the float a hexadecimal string spells, correctly
/// rounded (half to even), with CPython's errors.
fn fromhex(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("float.fromhex", kwargs)?;
    let [cls, s] = args else {
        return Err(PyErr::type_error(format!(
            "float.fromhex() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    // CPython's message (from a failed `PyUnicode` check).
    let text = s
        .as_str()
        .ok_or_else(|| PyErr::type_error("bad argument type for built-in operation"))?;
    let f = parse_hex_float(text)?;
    crate::builtins::of_class(vm, cls, &crate::object::types::FLOAT, Value::float(f))
}

fn parse_hex_float(text: &str) -> PyResult<f64> {
    let invalid = || PyErr::value_error("invalid hexadecimal floating-point string");
    let s = text.trim_matches(|c: char| crate::format::py_isspace(c));
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let signed = |f: f64| if negative { -f } else { f };
    let lower = s.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => return Ok(signed(f64::INFINITY)),
        "nan" => return Ok(signed(f64::NAN)),
        _ => {}
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mantissa, exponent) = match body.find('p') {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int_part, frac_part) = match mantissa.find('.') {
        Some(i) => (&mantissa[..i], &mantissa[i + 1..]),
        None => (mantissa, ""),
    };
    let hex = |p: &str| p.bytes().all(|b| b.is_ascii_hexdigit());
    if int_part.len() + frac_part.len() == 0 || !hex(int_part) || !hex(frac_part) {
        return Err(invalid());
    }
    let exp: i64 = match exponent {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(invalid());
            }
            // Saturate: an exponent past any float's range over- or
            // underflows either way.
            let n = digits
                .parse::<i64>()
                .unwrap_or(i64::MAX / 4)
                .min(i64::MAX / 4);
            if e.starts_with('-') {
                -n
            } else {
                n
            }
        }
    };
    let digits = format!("{int_part}{frac_part}");
    let m = BigInt::parse_bytes(digits.as_bytes(), 16).unwrap_or_default();
    let e = exp.saturating_sub(4 * frac_part.len() as i64);
    round_to_f64(&m, e)
        .map(signed)
        .ok_or_else(|| PyErr::overflow("hexadecimal value too large to represent as a float"))
}

/// `m * 2**e` rounded half to even to a float; `None` on overflow.
fn round_to_f64(m: &BigInt, e: i64) -> Option<f64> {
    if m.is_zero() {
        return Some(0.0);
    }
    let bits = m.bits() as i64;
    let top = bits.saturating_add(e); // m * 2**e < 2**top
    if top > 1024 {
        return None;
    }
    if top < -1075 {
        return Some(0.0);
    }
    // The lowest bit a float with this magnitude keeps.
    let low = (top - 53).max(-1074);
    let shift = low - e;
    let q = if shift <= 0 {
        m.clone() << (-shift) as usize
    } else {
        let shift = shift as usize;
        let q = m >> shift;
        let rem = m - (&q << shift);
        let half = BigInt::one() << (shift - 1);
        let odd = (&q & BigInt::one()).is_one();
        if rem > half || rem == half && odd {
            q + 1
        } else {
            q
        }
    };
    let q = num_traits::ToPrimitive::to_f64(&q)?;
    let r = scale(q, low);
    r.is_finite().then_some(r)
}

/// `x * 2**e`, exact when the result is representable.
fn scale(mut x: f64, mut e: i64) -> f64 {
    let pow2 = |k: i64| f64::from_bits(((k + 1023) as u64) << 52);
    while e > 1000 {
        x *= pow2(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= pow2(-1000);
        e += 1000;
    }
    x * pow2(e)
}
