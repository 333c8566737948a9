//! The one-word value.
//!
//! Every Python value the VM touches is a [`Value`]: one 64-bit word, NaN-boxed.
//! Floats are stored as their IEEE bits; ints in `[-2^49, 2^49)` are stored
//! inline in the negative quiet-NaN space; everything else is a pointer to a
//! heap [`Obj`]. Arithmetic on small ints and floats therefore never allocates.
//!
//! Layout of the 64 bits (top 16 bits shown):
//!
//! | top bits          | meaning                                   |
//! |-------------------|-------------------------------------------|
//! | `< 0xFFF9`        | a float (NaNs are canonicalised to `0x7FF8`) |
//! | `0xFFF9`          | pointer to a heap object (48-bit address) |
//! | `0xFFFA..0xFFFB`  | unused                                    |
//! | `0xFFFC..0xFFFF`  | small int, 50-bit two's complement        |
//!
//! `Value` owns one reference: `Clone` increments the object's count, `Drop`
//! decrements it, and both skip immortal objects without writing to them.

use crate::object::Obj;
use std::marker::PhantomData;
use std::ptr::NonNull;

const TAG_PTR: u64 = 0xFFF9_0000_0000_0000;
const TOP16: u64 = 0xFFFF_0000_0000_0000;
const ADDR_MASK: u64 = 0x0000_FFFF_FFFF_FFFF;
const INT_BASE: u64 = 0xFFFC_0000_0000_0000;
const INT_PAYLOAD: u64 = (1 << SMALL_INT_BITS) - 1;
const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

/// Number of bits of an inline int, sign included.
pub const SMALL_INT_BITS: u32 = 50;
/// Smallest int stored inline.
pub const SMALL_INT_MIN: i64 = -(1 << (SMALL_INT_BITS - 1));
/// Largest int stored inline.
pub const SMALL_INT_MAX: i64 = (1 << (SMALL_INT_BITS - 1)) - 1;

/// A Python value: a small int, a float, or an owned reference to a heap object.
///
/// Not `Send`/`Sync`: a heap object belongs to the interpreter that made it.
#[repr(transparent)]
pub struct Value {
    bits: u64,
    _not_send: PhantomData<*const Obj>,
}

impl Value {
    /// An inline int, if `i` fits in [`SMALL_INT_BITS`] bits.
    #[inline(always)]
    pub fn try_small_int(i: i64) -> Option<Value> {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
            Some(Value::from_bits(INT_BASE | (i as u64 & INT_PAYLOAD)))
        } else {
            None
        }
    }

    /// A float value. NaNs are boxed: Python gives each NaN an identity
    /// (`nan in [nan]` is true, `[nan] == [float("nan")]` false), and an
    /// inline word has none.
    #[inline(always)]
    pub fn float(f: f64) -> Value {
        if f.is_nan() {
            return Value::boxed_nan(f);
        }
        Value::from_bits(f.to_bits())
    }

    #[cold]
    fn boxed_nan(f: f64) -> Value {
        crate::object::Obj::alloc(crate::object::Payload::Float(f64::from_bits(
            f.to_bits() & !(1 << 63) | CANONICAL_NAN,
        )))
    }

    /// Wraps an owned reference to a heap object (the count is not changed).
    #[inline(always)]
    pub fn from_owned_obj(ptr: NonNull<Obj>) -> Value {
        let addr = ptr.as_ptr() as u64;
        debug_assert_eq!(addr & !ADDR_MASK, 0, "heap address beyond 48 bits");
        Value::from_bits(TAG_PTR | addr)
    }

    /// A new reference to an object whose lifetime is already guaranteed
    /// (an immortal, or one borrowed from another value).
    #[inline(always)]
    pub fn from_obj_ref(obj: &Obj) -> Value {
        obj.incref();
        Value::from_owned_obj(NonNull::from(obj))
    }

    #[inline(always)]
    const fn from_bits(bits: u64) -> Value {
        Value {
            bits,
            _not_send: PhantomData,
        }
    }

    /// The raw word; equal words mean the same value for `is`.
    #[inline(always)]
    pub fn bits(&self) -> u64 {
        self.bits
    }

    /// True if this is an inline int.
    #[inline(always)]
    pub fn is_small_int(&self) -> bool {
        self.bits >= INT_BASE
    }

    /// True if this is an inline float (boxed NaNs answer false; use
    /// [`Value::as_float`] to accept every float).
    #[inline(always)]
    pub fn is_float(&self) -> bool {
        self.bits < TAG_PTR
    }

    /// True if this points to a heap object.
    #[inline(always)]
    pub fn is_obj(&self) -> bool {
        self.bits & TOP16 == TAG_PTR
    }

    /// The inline int, if this is one.
    #[inline(always)]
    pub fn as_small_int(&self) -> Option<i64> {
        if self.is_small_int() {
            Some(self.small_int_unchecked())
        } else {
            None
        }
    }

    /// The inline int; only meaningful when [`Value::is_small_int`] holds.
    #[inline(always)]
    pub fn small_int_unchecked(&self) -> i64 {
        ((self.bits << (64 - SMALL_INT_BITS)) as i64) >> (64 - SMALL_INT_BITS)
    }

    /// The float, if this is one (inline, or a boxed NaN).
    #[inline(always)]
    pub fn as_float(&self) -> Option<f64> {
        if self.is_float() {
            Some(f64::from_bits(self.bits))
        } else {
            self.as_boxed_float()
        }
    }

    #[inline(never)]
    fn as_boxed_float(&self) -> Option<f64> {
        match self.as_obj().map(|o| &o.payload) {
            Some(crate::object::Payload::Float(f)) => Some(*f),
            _ => None,
        }
    }

    /// The heap object, if this is one.
    #[inline(always)]
    pub fn as_obj(&self) -> Option<&Obj> {
        if self.is_obj() {
            // SAFETY: a pointer-tagged word was built by `from_owned_obj` from a
            // live object, and this value owns a reference that keeps it alive
            // for as long as `&self` is borrowed.
            Some(unsafe { &*((self.bits & ADDR_MASK) as *const Obj) })
        } else {
            None
        }
    }

    /// `a is b`.
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.bits == other.bits
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Some(obj) = self.as_obj() {
            obj.incref();
        }
        Value::from_bits(self.bits)
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if self.is_obj() {
            let ptr = (self.bits & ADDR_MASK) as *mut Obj;
            // SAFETY: this value owns one reference to a live object (see
            // `as_obj`); `decref` frees it when that was the last one.
            unsafe { Obj::decref(ptr) }
        }
    }
}

/// Drops `v` with the reference-count check expanded at the call site.
///
/// Ordinary drops go through the compiler's drop glue, which LLVM declines
/// to inline into a function as large as the eval loop; its hot paths call
/// this instead, so that dropping an int or a float costs one compare.
#[inline(always)]
pub fn discard(v: Value) {
    let v = std::mem::ManuallyDrop::new(v);
    if v.is_obj() {
        let ptr = (v.bits & ADDR_MASK) as *mut Obj;
        // SAFETY: `v` owned one reference to a live object, which this call
        // consumes; `ManuallyDrop` keeps it from being released twice.
        unsafe { Obj::decref(ptr) }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(i) = self.as_small_int() {
            write!(f, "Int({i})")
        } else if let Some(x) = self.as_float() {
            write!(f, "Float({x})")
        } else {
            write!(f, "Obj({:#x})", self.bits & ADDR_MASK)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_ints_round_trip_at_the_edges() {
        for i in [
            0,
            1,
            -1,
            SMALL_INT_MAX,
            SMALL_INT_MIN,
            1 << 47,
            -(1 << 47),
            123_456_789,
        ] {
            let v = Value::try_small_int(i).expect("fits");
            assert!(v.is_small_int() && !v.is_float() && !v.is_obj());
            assert_eq!(v.as_small_int(), Some(i));
        }
        assert!(Value::try_small_int(SMALL_INT_MAX + 1).is_none());
        assert!(Value::try_small_int(SMALL_INT_MIN - 1).is_none());
        assert!(Value::try_small_int(i64::MAX).is_none());
    }

    #[test]
    fn floats_round_trip() {
        for x in [
            0.0,
            -0.0,
            1.5,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
            f64::MAX,
            -f64::MAX,
            5e-324,
        ] {
            let v = Value::float(x);
            assert!(v.is_float() && !v.is_small_int() && !v.is_obj());
            assert_eq!(v.as_float().map(f64::to_bits), Some(x.to_bits()));
        }
    }

    #[test]
    fn value_is_one_word() {
        assert_eq!(std::mem::size_of::<Value>(), 8);
        assert_eq!(std::mem::size_of::<Option<Value>>(), 16);
    }
}
