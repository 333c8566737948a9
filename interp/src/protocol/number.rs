//! The number protocol on builtin values: an int's big-int value, the
//! unary operators, `abs`, and ints used as indices and counts (CPython's
//! `__index__` errors). The builtins `int()`, `float()`, `round()` and
//! `pow()` build on these in `builtins::numeric`.

use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::Payload;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// The big int value of an int or bool.
pub fn bigint_of(v: &Value) -> Option<BigInt> {
    if let Some(i) = v.as_small_int() {
        return Some(BigInt::from(i));
    }
    match v.payload()? {
        Payload::Int(n) => Some(n.to_bigint().into_owned()),
        Payload::Bool(b) => Some(BigInt::from(*b as i64)),
        _ => None,
    }
}

/// True for int and bool values.
pub fn is_int(v: &Value) -> bool {
    v.is_small_int() || matches!(v.payload(), Some(Payload::Int(_) | Payload::Bool(_)))
}

/// The same int without its bool-ness (`int(True)` is `1`).
pub fn int_of(v: &Value) -> Value {
    match v.as_bool() {
        Some(b) => Value::int(b as i64),
        None => v.clone(),
    }
}

/// `-v`.
pub fn negate(v: &Value) -> PyResult<Value> {
    if let Some(i) = v.as_small_int() {
        return Ok(Value::int(-i));
    }
    if let Some(f) = v.as_float() {
        return Ok(Value::float(-f));
    }
    match bigint_of(v) {
        Some(n) => Ok(Value::bigint(-n)),
        None => Err(PyErr::type_error(format!(
            "bad operand type for unary -: '{}'",
            crate::object::types::type_name(v)
        ))),
    }
}

/// `+v`.
pub fn positive(v: &Value) -> PyResult<Value> {
    // Inline or boxed (NaN payloads, infinities are boxed).
    if v.as_float().is_some() {
        return Ok(v.clone());
    }
    if is_int(v) {
        return Ok(int_of(v));
    }
    Err(PyErr::type_error(format!(
        "bad operand type for unary +: '{}'",
        crate::object::types::type_name(v)
    )))
}

/// `~v`.
pub fn invert(v: &Value) -> PyResult<Value> {
    if let Some(i) = v.as_small_int() {
        return Ok(Value::int(!i));
    }
    match bigint_of(v) {
        Some(n) => Ok(Value::bigint(-n - 1)),
        None => Err(PyErr::type_error(format!(
            "bad operand type for unary ~: '{}'",
            crate::object::types::type_name(v)
        ))),
    }
}

/// `abs(v)`.
pub fn abs(v: &Value) -> PyResult<Value> {
    if let Some(i) = v.as_small_int() {
        return Ok(Value::int(i.abs()));
    }
    if let Some(f) = v.as_float() {
        return Ok(Value::float(f.abs()));
    }
    match bigint_of(v) {
        Some(n) => Ok(Value::bigint(n.abs())),
        None => Err(PyErr::type_error(format!(
            "bad operand type for abs(): '{}'",
            crate::object::types::type_name(v)
        ))),
    }
}

/// An index argument that may be an object with `__index__`
/// (`PyNumber_AsSsize_t`), with CPython's error for anything else.
pub fn index_vm(vm: &mut crate::vm::Vm, v: &Value) -> PyResult<i64> {
    index_vm_opt(vm, v)?.ok_or_else(|| {
        PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            crate::object::types::type_name(v)
        ))
    })
}

/// `v` as an index: an int (or bool), or what its `__index__` returns;
/// None if it is neither.
pub fn index_vm_opt(vm: &mut crate::vm::Vm, v: &Value) -> PyResult<Option<i64>> {
    use crate::object::types;
    if types::class_of(v).is_some() {
        return match crate::protocol::special::call_special(vm, v, "__index__", &[])? {
            Some(i) => index_of(&i).map(Some),
            None => Ok(None),
        };
    }
    match types::type_of(v).kind {
        types::TypeKind::Int | types::TypeKind::Bool => index_of(v).map(Some),
        _ => Ok(None),
    }
}

/// An int argument used as an index or count.
pub fn index_of(v: &Value) -> PyResult<i64> {
    index_as(v, BigInt::to_i64)
}

/// An int argument as `i128` (range bounds).
pub fn index_of_i128(v: &Value) -> PyResult<i128> {
    index_as(v, BigInt::to_i128)
}

/// An int (or bool) argument converted to a machine integer, with CPython's
/// errors for a non-int and for one that does not fit.
fn index_as<T: From<i64>>(v: &Value, narrow: impl Fn(&BigInt) -> Option<T>) -> PyResult<T> {
    if let Some(i) = v.as_small_int() {
        return Ok(T::from(i));
    }
    match v.payload() {
        Some(Payload::Bool(b)) => Ok(T::from(*b as i64)),
        Some(Payload::Int(n)) => narrow(&n.to_bigint())
            .ok_or_else(|| PyErr::overflow("Python int too large to convert to C ssize_t")),
        _ => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            crate::object::types::type_name(v)
        ))),
    }
}
