//! Exact float/int arithmetic CPython gets right and naive code does not:
//! `round(x, n)`, `int(x)`, `float(n)` and `int / int`.

use num_bigint::{BigInt, BigUint, Sign as BigSign};
use num_integer::Integer;
use num_traits::{One, ToPrimitive, Zero};

use super::FormatError;

/// `x = mantissa * 2**exponent` for a finite non-negative `x`.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64;
    let f = bits & ((1u64 << 52) - 1);
    if e == 0 {
        (f, -1074)
    } else {
        (f | (1u64 << 52), e - 1075)
    }
}

/// `2.0**k` for `k` in `-1022..=1023`, exactly.
fn pow2(k: i64) -> f64 {
    debug_assert!((-1022..=1023).contains(&k));
    f64::from_bits(((k + 1023) as u64) << 52)
}

/// `x * 2**e`, exact whenever the result is representable (used only on
/// values that were already rounded to fit).
fn ldexp(mut x: f64, mut e: i64) -> f64 {
    while e > 1023 {
        x *= pow2(1023);
        e -= 1023;
        if x.is_infinite() {
            return x;
        }
    }
    if e < -1022 {
        // Scale into the normal range first so only the last step rounds.
        let step = (e + 1022).max(-1022);
        x *= pow2(step);
        e -= step;
        if e < -1022 {
            x *= pow2(-1022);
            e += 1022;
        }
    }
    x * pow2(e)
}

/// CPython's `round(x, ndigits)` for a float and an integer `ndigits`:
/// the exact binary value is rounded half-to-even at the decimal position,
/// then converted back with correct rounding (`round(2.675, 2) == 2.67`,
/// `round(1234.5678, -2) == 1200.0`). NaN and infinities round to
/// themselves, `ndigits > 323` returns `x`, `ndigits < -308` returns a zero
/// with the sign of `x`; a result too large for a float is
/// `OverflowError: rounded value too large to represent`. An `ndigits`
/// beyond `i64` should be clipped to `i64::MIN`/`i64::MAX` by the caller,
/// as CPython clips it to `Py_ssize_t`. (`round(x)` with no `ndigits`,
/// which returns an int, is the caller's.)
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, FormatError> {
    if !x.is_finite() || ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    if x == 0.0 {
        return Ok(x);
    }
    let (mant, exp) = decompose(x.abs());
    if exp >= 0 && ndigits >= 0 {
        // Already an integer: nothing after the point to round.
        return Ok(x);
    }
    let mut num = BigUint::from(mant);
    let mut den = BigUint::one();
    if exp >= 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    let ten = BigUint::from(10u32);
    if ndigits >= 0 {
        num *= ten.pow(ndigits as u32);
    } else {
        den *= ten.pow((-ndigits) as u32);
    }
    let (mut q, r) = num.div_rem(&den);
    let twice = r << 1usize;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1u32;
    }
    let text = format!("{}{}e{}", if x < 0.0 { "-" } else { "" }, q, -ndigits);
    // The text is a valid decimal literal built above.
    let rounded: f64 = text.parse().unwrap_or(f64::NAN);
    if rounded.is_infinite() {
        return Err(FormatError::Overflow(
            "rounded value too large to represent".into(),
        ));
    }
    Ok(rounded)
}

/// `int(x)` for a float: truncation toward zero, exactly. Infinity gives
/// `OverflowError: cannot convert float infinity to integer`, NaN gives
/// `ValueError: cannot convert float NaN to integer`.
pub fn float_to_bigint(x: f64) -> Result<BigInt, FormatError> {
    if x.is_nan() {
        return Err(FormatError::Value(
            "cannot convert float NaN to integer".into(),
        ));
    }
    if x.is_infinite() {
        return Err(FormatError::Overflow(
            "cannot convert float infinity to integer".into(),
        ));
    }
    if x.abs() < 9.2e18 {
        // In range of i64, and `as` truncates toward zero.
        return Ok(BigInt::from(x as i64));
    }
    // |x| >= 2**63: an integer, so exp > 0.
    let (mant, exp) = decompose(x.abs());
    let mag = BigUint::from(mant) << (exp.max(0) as usize);
    let sign = if x < 0.0 {
        BigSign::Minus
    } else {
        BigSign::Plus
    };
    Ok(BigInt::from_biguint(sign, mag))
}

/// `float(n)` for an int, correctly rounded (half to even) like CPython.
/// Too large gives `OverflowError: int too large to convert to float`.
pub fn bigint_to_float(n: &BigInt) -> Result<f64, FormatError> {
    if let Some(v) = n.to_i64() {
        // `as` rounds to nearest, ties to even.
        return Ok(v as f64);
    }
    let mag = n.magnitude();
    let bits = mag.bits();
    let overflow = || FormatError::Overflow("int too large to convert to float".into());
    if bits > 1024 {
        return Err(overflow());
    }
    // bits > 63 here. Keep the top 64 bits plus a sticky bit for the rest.
    let drop = bits - 64;
    let mut top = (mag >> drop as usize).to_u64().unwrap_or(u64::MAX);
    if mag.trailing_zeros().unwrap_or(0) < drop {
        top |= 1;
    }
    let v = ldexp(top as f64, drop as i64);
    if v.is_infinite() {
        return Err(overflow());
    }
    Ok(if n.sign() == BigSign::Minus { -v } else { v })
}

/// `a / b` for Python ints, correctly rounded like CPython's
/// `long_true_divide`, even for operands far beyond float range
/// (`10**400 / 10**399 == 10.0`). A zero result takes the sign of the
/// quotient (`0 / -5 == -0.0`). A result too large is `OverflowError:
/// integer division result too large for a float`.
///
/// `b == 0` must be checked by the caller (CPython raises
/// `ZeroDivisionError: division by zero`); here it returns
/// `FormatError::Value("division by zero")`.
pub fn int_true_divide(a: &BigInt, b: &BigInt) -> Result<f64, FormatError> {
    if b.is_zero() {
        return Err(FormatError::Value("division by zero".into()));
    }
    let negate = (a.sign() == BigSign::Minus) != (b.sign() == BigSign::Minus);
    let signed = |v: f64| if negate { -v } else { v };
    if a.is_zero() {
        return Ok(signed(0.0));
    }
    let (am, bm) = (a.magnitude(), b.magnitude());
    let (a_bits, b_bits) = (am.bits() as i64, bm.bits() as i64);
    if a_bits <= 53 && b_bits <= 53 {
        // Both exact as floats: one correctly rounded IEEE division.
        let (x, y) = (
            am.to_u64().unwrap_or(0) as f64,
            bm.to_u64().unwrap_or(1) as f64,
        );
        return Ok(signed(x / y));
    }
    let overflow = || FormatError::Overflow("integer division result too large for a float".into());
    const MANT_DIG: i64 = 53;
    const MIN_EXP: i64 = -1021;
    const MAX_EXP: i64 = 1024;
    let diff = a_bits - b_bits;
    if diff > MAX_EXP {
        return Err(overflow());
    }
    if diff < MIN_EXP - MANT_DIG - 1 {
        return Ok(signed(0.0));
    }
    let shift = diff.max(MIN_EXP) - MANT_DIG - 2;
    let mut inexact = false;
    let x = if shift <= 0 {
        am << ((-shift) as usize)
    } else {
        let s = shift as usize;
        if am.trailing_zeros().unwrap_or(0) < shift as u64 {
            inexact = true;
        }
        am >> s
    };
    let (q, r) = x.div_rem(bm);
    if !r.is_zero() {
        inexact = true;
    }
    let x_bits = q.bits() as i64;
    // The quotient has at most MANT_DIG + 3 bits by the choice of shift.
    let mut qv = q.to_u64().unwrap_or(u64::MAX);
    let extra_bits = x_bits.max(MIN_EXP - shift) - MANT_DIG;
    let mask = 1u64 << (extra_bits - 1);
    qv |= u64::from(inexact);
    if qv & mask != 0 && qv & (3 * mask - 1) != 0 {
        qv += mask;
    }
    qv &= !(2 * mask - 1);
    let dx = qv as f64;
    if shift + x_bits >= MAX_EXP && (shift + x_bits > MAX_EXP || dx == ldexp(1.0, x_bits)) {
        return Err(overflow());
    }
    Ok(signed(ldexp(dx, shift)))
}
