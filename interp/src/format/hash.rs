//! CPython's numeric hashes: `hash(int)` and `hash(float)` are the value
//! modulo the Mersenne prime `2**61 - 1`, so equal numbers hash equal
//! across types (`hash(2.0) == hash(2)`).

use num_bigint::{BigInt, Sign};

/// `_PyHASH_MODULUS`, the prime `2**61 - 1`.
pub const HASH_MODULUS: u64 = (1u64 << 61) - 1;

/// `_PyHASH_INF`: `hash(float('inf'))`; `-inf` hashes to its negation.
pub const HASH_INF: i64 = 314_159;

const HASH_BITS: u32 = 61;

/// Applies the sign and CPython's "-1 is reserved" rule to `|x| mod P`.
#[inline]
fn finish(x: u64, negative: bool) -> i64 {
    // x < 2**61, so it fits in i64.
    let h = if negative { -(x as i64) } else { x as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(n)` for a Python int, like CPython: `|n| mod (2**61 - 1)` with the
/// sign of `n`, and `-1` replaced by `-2`.
pub fn hash_bigint(n: &BigInt) -> i64 {
    // 2**64 == 2**3 (mod 2**61 - 1). Fold the 64-bit limbs from the top.
    let mut acc: u64 = 0;
    for limb in n.magnitude().iter_u64_digits().rev() {
        let v = (u128::from(acc) << 64) | u128::from(limb);
        acc = (v % u128::from(HASH_MODULUS)) as u64;
    }
    finish(acc, n.sign() == Sign::Minus)
}

/// `hash(n)` for a machine int; equal to [`hash_bigint`] of the same value.
#[inline]
pub fn hash_i64(n: i64) -> i64 {
    let m = n.unsigned_abs();
    // m <= 2**63 < 4 * P: fold once, then reduce.
    let mut x = (m & HASH_MODULUS) + (m >> HASH_BITS);
    if x >= HASH_MODULUS {
        x -= HASH_MODULUS;
    }
    finish(x, n < 0)
}

/// `hash(n)` for an int of up to 128 bits; equal to [`hash_bigint`] of the
/// same value.
pub fn hash_i128(n: i128) -> i64 {
    finish((n.unsigned_abs() % u128::from(HASH_MODULUS)) as u64, n < 0)
}

/// `hash(x)` for a float, CPython's `_Py_HashDouble`: integral values hash
/// like the equal int, others as the exact rational value modulo
/// `2**61 - 1` (`hash(1.5) == 1152921504606846977`); `inf` is `314159`,
/// `-inf` is `-314159`. NaN hashes by identity in CPython 3.11, which only
/// the caller can do; here NaN returns 0.
pub fn hash_float(x: f64) -> i64 {
    if !x.is_finite() {
        if x.is_nan() {
            return 0;
        }
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let bits = x.abs().to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64;
    let f = bits & ((1u64 << 52) - 1);
    let (mant, exp) = if e == 0 {
        (f, -1074)
    } else {
        (f | (1u64 << 52), e - 1075)
    };
    // mant < 2**53 < P; multiply by 2**exp (mod P), a rotation in 61 bits
    // since 2**61 == 1 (mod P).
    let r = exp.rem_euclid(i64::from(HASH_BITS)) as u32;
    let mut h = if r == 0 {
        mant
    } else {
        ((mant << r) & HASH_MODULUS) | (mant >> (HASH_BITS - r))
    };
    if h >= HASH_MODULUS {
        h -= HASH_MODULUS;
    }
    finish(h, x < 0.0)
}
