//! Operators' fast paths: what `BINARY_OP`, `COMPARE_OP`, the unary
//! operators and the conditional jumps compute inline for small ints, floats,
//! strs and builtin truth values. Anything else goes to `protocol::ops`,
//! which may run Python.

use crate::bytecode::instruction::Opcode;
use crate::object::error::PyResult;
use crate::object::types;
use crate::object::value::Value;
use crate::object::Payload;
use crate::protocol::ops::{self, BinOp};

/// `COMPARE_OP` on two small ints or two floats; `None` for everything else.
#[inline(always)]
pub(super) fn compare_fast(arg: u32, a: &Value, b: &Value) -> Option<bool> {
    #[inline(always)]
    fn apply<T: PartialOrd>(arg: u32, x: T, y: T) -> bool {
        match arg {
            0 => x < y,
            1 => x <= y,
            2 => x == y,
            3 => x != y,
            4 => x > y,
            _ => x >= y,
        }
    }
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Some(apply(arg, x, y));
    }
    if a.is_float() && b.is_float() {
        return Some(apply(
            arg,
            f64::from_bits(a.bits()),
            f64::from_bits(b.bits()),
        ));
    }
    None
}

/// `BINARY_OP` on two small ints, two floats or two strs (`+`); `None` when
/// the general operator (which may run Python code) is needed.
#[inline(always)]
pub(super) fn binary_fast(arg: u32, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let op = BinOp::from_arg(arg).unwrap_or(BinOp::Add);
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        // Inline ints are 50-bit: `+` and `-` cannot overflow an i64.
        match op.base() {
            BinOp::Add => return Some(Ok(Value::int(x + y))),
            BinOp::Sub => return Some(Ok(Value::int(x - y))),
            _ => {}
        }
        return match crate::protocol::ops::small_int_op(op.base(), x, y) {
            Ok(Some(v)) => Some(Ok(v)),
            Ok(None) => None,
            Err(e) => Some(Err(e)),
        };
    }
    if a.is_float() && b.is_float() {
        let (x, y) = (f64::from_bits(a.bits()), f64::from_bits(b.bits()));
        match op.base() {
            BinOp::Add => return Some(Ok(Value::float(x + y))),
            BinOp::Sub => return Some(Ok(Value::float(x - y))),
            BinOp::Mul => return Some(Ok(Value::float(x * y))),
            BinOp::TrueDiv if y != 0.0 => return Some(Ok(Value::float(x / y))),
            BinOp::Pow => return Some(crate::protocol::ops::float_pow(x, y).map(Value::float)),
            _ => {}
        }
    }
    if let (Some(Payload::Str(x)), Some(Payload::Str(y))) = (a.payload(), b.payload()) {
        if op.base() == BinOp::Add {
            return Some(x.concat(y).map(Value::from_str_obj));
        }
    }
    None
}

/// Truth without calling Python; `None` for instances of user-defined
/// classes, whose `__bool__` or `__len__` the caller runs.
#[inline(always)]
pub(super) fn truth(v: &Value) -> Option<bool> {
    match v.payload() {
        Some(Payload::Bool(b)) => Some(*b),
        Some(Payload::Instance(_) | Payload::Exception(_)) => None,
        _ => Some(ops::truthy(v)),
    }
}

/// `UNARY_NEGATIVE`, `UNARY_POSITIVE` and `UNARY_INVERT` on builtin values;
/// `None` for instances of user-defined classes, whose special method the
/// caller runs.
#[inline(always)]
pub(super) fn unary_builtin(op: Opcode, v: &Value) -> Option<PyResult<Value>> {
    if types::class_of(v).is_some() {
        return None;
    }
    Some(match op {
        Opcode::UNARY_NEGATIVE => crate::protocol::number::negate(v),
        Opcode::UNARY_POSITIVE => crate::protocol::number::positive(v),
        _ => crate::protocol::number::invert(v),
    })
}

/// The special method and operator name of a unary operator instruction.
pub(super) fn unary_special(op: Opcode) -> (&'static str, &'static str) {
    match op {
        Opcode::UNARY_NEGATIVE => ("__neg__", "unary -"),
        Opcode::UNARY_POSITIVE => ("__pos__", "unary +"),
        _ => ("__invert__", "unary ~"),
    }
}
