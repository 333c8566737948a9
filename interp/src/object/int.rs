//! Heap ints: the ints too wide for a [`Value`](crate::object::value::Value)'s
//! inline 50 bits.
//!
//! Most of them fit 128 bits: 64-bit hashes, linear congruential generators
//! and masks such as `0xFFFFFFFFFFFFFFFF`, whose products stay under 2^127.
//! Those are kept as a machine `i128`, so arithmetic on them needs neither
//! a conversion from a `BigInt` nor the digit vector a `BigInt` allocates;
//! only ints beyond 128 bits are `BigInt`s. The form is canonical (an int
//! that fits `i128` is always `Wide`), so two equal ints have the same form.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;
use std::borrow::Cow;

/// An int payload: `Wide` when it fits 128 bits, `Big` otherwise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IntObj {
    /// An int that fits 128 bits.
    Wide(i128),
    /// An int beyond 128 bits.
    Big(BigInt),
}

impl IntObj {
    /// The canonical form of `n`.
    pub fn from_bigint(n: BigInt) -> IntObj {
        match n.to_i128() {
            Some(i) => IntObj::Wide(i),
            None => IntObj::Big(n),
        }
    }

    /// The value as an `i128`, if it fits (for `Big`, it never does).
    #[inline(always)]
    pub fn to_i128(&self) -> Option<i128> {
        match self {
            IntObj::Wide(i) => Some(*i),
            IntObj::Big(_) => None,
        }
    }

    /// The value as an `i64`, if it fits.
    pub fn to_i64(&self) -> Option<i64> {
        self.to_i128().and_then(|i| i64::try_from(i).ok())
    }

    /// The value as a `BigInt`: borrowed for `Big`, built for `Wide`.
    pub fn to_bigint(&self) -> Cow<'_, BigInt> {
        match self {
            IntObj::Wide(i) => Cow::Owned(BigInt::from(*i)),
            IntObj::Big(n) => Cow::Borrowed(n),
        }
    }

    /// True below zero.
    pub fn is_negative(&self) -> bool {
        match self {
            IntObj::Wide(i) => *i < 0,
            IntObj::Big(n) => n.sign() == Sign::Minus,
        }
    }

    /// True for zero (never made by the constructors of `Value`, which
    /// keep small ints inline, but answered right all the same).
    pub fn is_zero(&self) -> bool {
        match self {
            IntObj::Wide(i) => *i == 0,
            IntObj::Big(n) => n.sign() == Sign::NoSign,
        }
    }

    /// `hash(n)`, CPython's: the value modulo `2**61 - 1`, with its sign.
    pub fn hash(&self) -> i64 {
        match self {
            IntObj::Wide(i) => crate::format::hash_i128(*i),
            IntObj::Big(n) => crate::format::hash_bigint(n),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_is_canonical() {
        let wide = BigInt::from(i128::MAX);
        assert_eq!(IntObj::from_bigint(wide), IntObj::Wide(i128::MAX));
        assert_eq!(
            IntObj::from_bigint(BigInt::from(i128::MIN)),
            IntObj::Wide(i128::MIN)
        );
        let big: BigInt = BigInt::from(i128::MAX) + 1u32;
        assert_eq!(IntObj::from_bigint(big.clone()), IntObj::Big(big.clone()));
        assert_eq!(IntObj::from_bigint(-big.clone() - 1u32).to_i128(), None);
    }

    #[test]
    fn wide_and_big_agree_on_sign_and_hash() {
        for i in [
            i128::MAX,
            i128::MIN,
            i128::MIN + 1,
            1 << 64,
            -(1 << 64),
            (1 << 61) - 1,
            -((1 << 61) - 1),
            (1 << 62) + 12345,
            -1,
            0,
        ] {
            let wide = IntObj::Wide(i);
            let big = BigInt::from(i);
            assert_eq!(wide.hash(), crate::format::hash_bigint(&big), "hash of {i}");
            assert_eq!(wide.is_negative(), i < 0);
            assert_eq!(*wide.to_bigint(), big);
        }
    }
}
