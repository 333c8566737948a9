//! Key equality and hashing of builtin values: what dict and set tables
//! use to find an entry, and what `hash()` gives for builtin values. Both are
//! pure: they never call Python code, because the tables that use them sit
//! below the protocols that do (`protocol::ops` adds user classes on top).

use crate::format::{float_to_bigint, hash_float, hash_i64};
use crate::object::str::fix_hash;
use crate::object::value::Value;
use crate::object::{Payload, RangeObj};
use num_bigint::BigInt;
use std::cmp::Ordering;

pub(crate) enum NumRef<'a> {
    Small(i64),
    Big(std::borrow::Cow<'a, BigInt>),
    Float(f64),
}

pub(crate) fn num(v: &Value) -> Option<NumRef<'_>> {
    if let Some(i) = v.as_small_int() {
        return Some(NumRef::Small(i));
    }
    if let Some(f) = v.as_float() {
        return Some(NumRef::Float(f));
    }
    match v.payload()? {
        Payload::Int(n) => Some(match n.to_i64() {
            Some(i) => NumRef::Small(i),
            None => NumRef::Big(n.to_bigint()),
        }),
        Payload::Bool(b) => Some(NumRef::Small(*b as i64)),
        _ => None,
    }
}

fn big_vs_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let floor = f.floor();
    let fb = float_to_bigint(floor).ok()?;
    Some(if floor == f {
        i.cmp(&fb)
    } else if *i <= fb {
        Ordering::Less
    } else {
        Ordering::Greater
    })
}

/// Orders two numbers exactly; `None` when a NaN is involved.
pub(crate) fn num_cmp(a: &NumRef, b: &NumRef) -> Option<Ordering> {
    use NumRef::*;
    match (a, b) {
        (Small(x), Small(y)) => Some(x.cmp(y)),
        (Float(x), Float(y)) => x.partial_cmp(y),
        (Small(x), Float(y)) => {
            if x.unsigned_abs() < (1 << 53) {
                (*x as f64).partial_cmp(y)
            } else {
                big_vs_float(&BigInt::from(*x), *y)
            }
        }
        (Float(_), Small(_)) | (Float(_), Big(_)) => num_cmp(b, a).map(Ordering::reverse),
        (Big(x), Float(y)) => big_vs_float(x, *y),
        (Big(x), Big(y)) => Some(x.cmp(y)),
        (Big(x), Small(y)) => Some((**x).cmp(&BigInt::from(*y))),
        (Small(x), Big(y)) => Some(BigInt::from(*x).cmp(y)),
    }
}

/// Equality of hashable builtin values, used by dict and set lookups (never
/// calls Python code).
pub fn key_eq(a: &Value, b: &Value) -> bool {
    if a.is(b) {
        return true;
    }
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return num_cmp(&x, &y) == Some(Ordering::Equal);
    }
    match (a.payload(), b.payload()) {
        (Some(Payload::Str(x)), Some(Payload::Str(y))) => {
            x.hash() == y.hash() && x.as_str() == y.as_str()
        }
        (Some(Payload::Bytes(x)), Some(Payload::Bytes(y))) => x == y,
        (Some(Payload::Tuple(x)), Some(Payload::Tuple(y))) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y.iter())
                    .all(|(p, q)| nested(p, || key_eq(p, q)))
        }
        (Some(Payload::FrozenSet(x)), Some(Payload::FrozenSet(y))) => {
            x.len() == y.len() && x.iter_hashed().all(|(h, k)| y.contains(k, h))
        }
        (Some(Payload::Range(x)), Some(Payload::Range(y))) => range_eq(x, y),
        _ => false,
    }
}

pub(crate) fn range_eq(x: &RangeObj, y: &RangeObj) -> bool {
    let (lx, ly) = (x.len(), y.len());
    lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))
}

const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
const XXPRIME_5: u64 = 2_870_177_450_012_600_261;

/// Runs `f`, which recurses into `item`: on a grown stack if `item` can
/// nest further (keys nest as deep as the program built them, and CPython
/// hashes and compares them without a recursion check), in place
/// otherwise, which keeps flat keys free of the stack check.
#[inline]
fn nested<T>(item: &Value, f: impl FnOnce() -> T) -> T {
    match item.payload() {
        Some(Payload::Tuple(_) | Payload::Instance(_)) => crate::support::stack::grow(f),
        _ => f(),
    }
}

/// `hash(v)` for hashable builtin values; `None` if unhashable.
pub fn hash_pure(v: &Value) -> Option<i64> {
    if let Some(i) = v.as_small_int() {
        return Some(hash_i64(i));
    }
    if v.is_float() {
        return Some(hash_float(f64::from_bits(v.bits())));
    }
    let obj = v.as_obj()?;
    Some(match &obj.payload {
        Payload::Str(s) => s.hash(),
        Payload::Bytes(b) => crate::object::str::bytes_hash(b),
        Payload::Bool(b) => *b as i64,
        Payload::Int(n) => n.hash(),
        Payload::Tuple(items) => {
            let mut acc = XXPRIME_5;
            for item in items {
                let lane = nested(item, || hash_pure(item))? as u64;
                acc = acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
                acc = acc.rotate_left(31);
                acc = acc.wrapping_mul(XXPRIME_1);
            }
            acc = acc.wrapping_add(items.len() as u64 ^ (XXPRIME_5 ^ 3_527_539));
            if acc == u64::MAX {
                1_546_275_796
            } else {
                acc as i64
            }
        }
        Payload::FrozenSet(s) => s.frozen_hash(),
        Payload::List(_) | Payload::Dict(_) | Payload::Set(_) | Payload::Slice(_) => return None,
        Payload::Instance(i) if i.base.is_some() => {
            let base = i.base.as_ref()?;
            if base.as_tuple().is_some() {
                return hash_pure(base);
            }
            return None;
        }
        Payload::Range(r) => {
            let t = Value::tuple(vec![
                Value::int128(r.len()),
                if r.is_empty() {
                    Value::none()
                } else {
                    Value::int128(r.start)
                },
                if r.len() > 1 {
                    Value::int128(r.step)
                } else {
                    Value::none()
                },
            ]);
            hash_pure(&t)?
        }
        _ => {
            // Identity hash, as CPython's default `object.__hash__`.
            let addr = obj as *const _ as u64;
            fix_hash(addr.rotate_right(4) as i64)
        }
    })
}
