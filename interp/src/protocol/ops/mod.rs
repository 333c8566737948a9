//! Operators on values: arithmetic, comparison, hashing and truth.
//!
//! The eval loop handles inline ints and floats itself; everything else comes
//! here. Hashes match CPython's for numbers and tuples (they decide set
//! iteration order, which programs print).

mod arith;
mod compare;
pub mod keys;
pub mod view_set;

pub use crate::bytecode::operand::{BinOp, CmpOp};
pub use crate::object::key::hash_pure;
pub use arith::{
    bigint_divmod_floor, binary_op, float_divmod, float_pow, int_floordiv, int_mod, number_to_f64,
    set_algebra, small_int_op,
};
pub use compare::{compare_bool, compare_op, eq, less_than};

use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::Payload;
use crate::vm::Vm;

/// `bool(v)` for builtin values.
#[inline]
pub fn truthy(v: &Value) -> bool {
    if let Some(i) = v.as_small_int() {
        return i != 0;
    }
    if let Some(f) = v.as_float() {
        return f != 0.0;
    }
    match v.payload() {
        Some(Payload::Bool(b)) => *b,
        Some(Payload::None) | Some(Payload::Null) => false,
        Some(Payload::Int(n)) => !n.is_zero(),
        Some(Payload::Float(_)) => true,
        Some(Payload::Str(s)) => !s.as_str().is_empty(),
        Some(Payload::Bytes(b)) => !b.is_empty(),
        Some(Payload::Tuple(t)) => !t.is_empty(),
        Some(Payload::List(l)) => !l.borrow().is_empty(),
        Some(Payload::Dict(d)) => !d.borrow().is_empty(),
        Some(Payload::Set(s)) => !s.borrow().is_empty(),
        Some(Payload::FrozenSet(s)) => !s.is_empty(),
        Some(Payload::Range(r)) => !r.is_empty(),
        Some(Payload::DictView(view)) => {
            view.dict.as_dict().is_some_and(|d| !d.borrow().is_empty())
        }
        _ => true,
    }
}

/// Truth of any value: user-defined classes through `__bool__`/`__len__`.
pub fn truthy_vm(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    if crate::object::types::class_of(v).is_some() {
        return crate::protocol::special::truthy(vm, v);
    }
    Ok(truthy(v))
}

/// `hash(v)` for any value: user-defined classes through `__hash__`.
pub fn hash_vm(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if crate::object::types::class_of(v).is_some() {
        if let Some(h) = crate::protocol::special::hash(vm, v)? {
            return Ok(h);
        }
    }
    hash(v)
}

/// `hash(v)`, raising `TypeError` for unhashable values.
#[inline]
pub fn hash(v: &Value) -> PyResult<i64> {
    if let Some(s) = v.as_str_obj() {
        return Ok(s.hash());
    }
    hash_pure(v).ok_or_else(|| unhashable(v))
}

/// The `TypeError` for an unhashable value.
pub fn unhashable(v: &Value) -> PyErr {
    // A tuple is unhashable because of an element; name the element's type.
    if let Some(items) = v.as_tuple() {
        if let Some(bad) = items.iter().find(|i| hash_pure(i).is_none()) {
            return unhashable(bad);
        }
    }
    PyErr::type_error(format!(
        "unhashable type: '{}'",
        crate::object::types::type_name(v)
    ))
}
