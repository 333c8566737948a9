//! Rich comparison: numbers across int/float/bool compared exactly, strings
//! by code point, sequences lexicographically (with the identity shortcut
//! containers use), sets by inclusion, everything else by identity for `==`.

use super::CmpOp;
use crate::object::error::{PyErr, PyResult};
use crate::object::key::{num, num_cmp, range_eq};
use crate::object::value::Value;
use crate::object::Payload;
use crate::vm::Vm;
use std::cmp::Ordering;

/// `a == b`.
pub fn eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return Ok(num_cmp(&x, &y) == Some(Ordering::Equal));
    }
    if a.is(b) {
        return Ok(true);
    }
    if crate::protocol::special::involves_class(a, b) {
        return class_compare(vm, a, b, CmpOp::Eq);
    }
    match (a.payload(), b.payload()) {
        // Bound methods are equal when they bind the same function to the
        // same object.
        (Some(Payload::Method(x)), Some(Payload::Method(y))) => {
            Ok(x.func.is(&y.func) && x.this.is(&y.this))
        }
        (Some(Payload::Str(x)), Some(Payload::Str(y))) => Ok(x.as_str() == y.as_str()),
        (Some(Payload::Bytes(x)), Some(Payload::Bytes(y))) => Ok(x == y),
        (Some(Payload::Tuple(x)), Some(Payload::Tuple(y))) => seq_eq(vm, x, y),
        (Some(Payload::List(x)), Some(Payload::List(y))) => {
            let (x, y) = (x.borrow().clone(), y.borrow().clone());
            seq_eq(vm, &x, &y)
        }
        (Some(Payload::Dict(x)), Some(Payload::Dict(y))) => {
            let (xl, yl) = (x.borrow().len(), y.borrow().len());
            if xl != yl {
                return Ok(false);
            }
            let entries: Vec<(i64, Value, Value)> = x
                .borrow()
                .iter_hashed()
                .map(|(h, k, v)| (h, k.clone(), v.clone()))
                .collect();
            vm.nested(IN_COMPARISON, |vm| {
                for (h, k, v) in entries {
                    let other = y.borrow().get(&k, h).cloned();
                    match other {
                        Some(w) => {
                            if !(v.is(&w) || eq(vm, &v, &w)?) {
                                return Ok(false);
                            }
                        }
                        None => return Ok(false),
                    }
                }
                Ok(true)
            })
        }
        (
            Some(Payload::Set(_) | Payload::FrozenSet(_)),
            Some(Payload::Set(_) | Payload::FrozenSet(_)),
        ) => Ok(set_compare(a, b, CmpOp::Eq)),
        (Some(Payload::Range(x)), Some(Payload::Range(y))) => Ok(range_eq(x, y)),
        (Some(Payload::Slice(x)), Some(Payload::Slice(y))) => {
            let (x, y) = (
                [x.start.clone(), x.stop.clone(), x.step.clone()],
                [y.start.clone(), y.stop.clone(), y.step.clone()],
            );
            seq_eq(vm, &x, &y)
        }
        (Some(Payload::DictView(x)), Some(Payload::DictView(y)))
            if x.kind == y.kind && x.kind != crate::object::DictViewKind::Values =>
        {
            let xs = crate::protocol::iterate::collect(vm, a)?;
            let ys = crate::protocol::iterate::collect(vm, b)?;
            if xs.len() != ys.len() {
                return Ok(false);
            }
            for item in &xs {
                if !crate::protocol::iterate::contains_in(vm, &ys, item)? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
        _ => Ok(super::view_set::compare(vm, a, b, CmpOp::Eq)?.unwrap_or(false)),
    }
}

fn seq_eq(vm: &mut Vm, x: &[Value], y: &[Value]) -> PyResult<bool> {
    if x.len() != y.len() {
        return Ok(false);
    }
    vm.nested(IN_COMPARISON, |vm| {
        for (p, q) in x.iter().zip(y.iter()) {
            if !(p.is(q) || eq(vm, p, q)?) {
                return Ok(false);
            }
        }
        Ok(true)
    })
}

/// What a `RecursionError` from comparing nested containers adds.
const IN_COMPARISON: &str = " in comparison";

fn with_set<R>(v: &Value, f: impl FnOnce(&crate::object::SetTable) -> R) -> Option<R> {
    match v.payload() {
        Some(Payload::Set(s)) => Some(f(&s.borrow())),
        Some(Payload::FrozenSet(s)) => Some(f(s)),
        _ => None,
    }
}

fn is_subset(a: &Value, b: &Value) -> bool {
    with_set(a, |x| {
        with_set(b, |y| {
            x.len() <= y.len() && x.iter_hashed().all(|(h, k)| y.contains(k, h))
        })
        .unwrap_or(false)
    })
    .unwrap_or(false)
}

fn set_len(v: &Value) -> usize {
    with_set(v, |s| s.len()).unwrap_or(0)
}

fn set_compare(a: &Value, b: &Value, op: CmpOp) -> bool {
    match op {
        CmpOp::Eq => set_len(a) == set_len(b) && is_subset(a, b),
        CmpOp::Ne => !(set_len(a) == set_len(b) && is_subset(a, b)),
        CmpOp::Le => is_subset(a, b),
        CmpOp::Ge => is_subset(b, a),
        CmpOp::Lt => set_len(a) < set_len(b) && is_subset(a, b),
        CmpOp::Gt => set_len(a) > set_len(b) && is_subset(b, a),
    }
}

fn not_supported(op: CmpOp, a: &Value, b: &Value) -> PyErr {
    PyErr::type_error(format!(
        "'{}' not supported between instances of '{}' and '{}'",
        op.symbol(),
        crate::object::types::type_name(a),
        crate::object::types::type_name(b)
    ))
}

/// `a op b`, as a bool.
pub fn compare_bool(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return Ok(match num_cmp(&x, &y) {
            Some(ord) => op.test(ord),
            None => op == CmpOp::Ne,
        });
    }
    if crate::protocol::special::involves_class(a, b) {
        return class_compare(vm, a, b, op);
    }
    match op {
        CmpOp::Eq => return eq(vm, a, b),
        CmpOp::Ne => return eq(vm, a, b).map(|r| !r),
        _ => {}
    }
    match (a.payload(), b.payload()) {
        (Some(Payload::Str(x)), Some(Payload::Str(y))) => Ok(op.test(x.as_str().cmp(y.as_str()))),
        (Some(Payload::Bytes(x)), Some(Payload::Bytes(y))) => Ok(op.test(x.cmp(y))),
        (Some(Payload::Tuple(x)), Some(Payload::Tuple(y))) => seq_order(vm, x, y, op),
        // Slices order as their `(start, stop, step)` tuples.
        (Some(Payload::Slice(x)), Some(Payload::Slice(y))) => {
            let (x, y) = (
                [x.start.clone(), x.stop.clone(), x.step.clone()],
                [y.start.clone(), y.stop.clone(), y.step.clone()],
            );
            seq_order(vm, &x, &y, op)
        }
        (Some(Payload::List(x)), Some(Payload::List(y))) => {
            let (x, y) = (x.borrow().clone(), y.borrow().clone());
            seq_order(vm, &x, &y, op)
        }
        (
            Some(Payload::Set(_) | Payload::FrozenSet(_)),
            Some(Payload::Set(_) | Payload::FrozenSet(_)),
        ) => Ok(set_compare(a, b, op)),
        _ => match super::view_set::compare(vm, a, b, op)? {
            Some(r) => Ok(r),
            None => Err(not_supported(op, a, b)),
        },
    }
}

/// A comparison where an operand is an instance of a user-defined class:
/// its special methods, then the builtin data of a `list` or `dict`
/// subclass, then identity for `==` and `!=`.
fn class_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    if let Some(r) = crate::protocol::special::compare(vm, a, b, op)? {
        return super::truthy_vm(vm, &r);
    }
    class_fallback(vm, a, b, op)
}

/// A comparison with a user-class operand that no special method
/// answered: the builtin data of a `list`/`dict`/`tuple` subclass, else
/// identity for `==` and `!=`, else a TypeError.
fn class_fallback(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    let da = crate::protocol::class::builtin_data(a).cloned();
    let db = crate::protocol::class::builtin_data(b).cloned();
    if da.is_some() || db.is_some() {
        let x = da.unwrap_or_else(|| a.clone());
        let y = db.unwrap_or_else(|| b.clone());
        return compare_bool(vm, &x, &y, op);
    }
    match op {
        CmpOp::Eq => Ok(a.is(b)),
        CmpOp::Ne => Ok(!a.is(b)),
        _ => Err(not_supported(op, a, b)),
    }
}

fn seq_order(vm: &mut Vm, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<bool> {
    vm.nested(IN_COMPARISON, |vm| {
        for (p, q) in x.iter().zip(y.iter()) {
            if !(p.is(q) || eq(vm, p, q)?) {
                return compare_bool(vm, p, q, op);
            }
        }
        Ok(op.test(x.len().cmp(&y.len())))
    })
}

/// `a op b`, as a value (`COMPARE_OP`): a user-defined comparison's
/// result is returned as it is, whatever its type.
pub fn compare_op(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if crate::protocol::special::involves_class(a, b) {
        // The special methods are asked once: a second round through
        // `compare_bool` would call an `__eq__` that returned
        // NotImplemented again.
        return match crate::protocol::special::compare(vm, a, b, op)? {
            Some(r) => Ok(r),
            None => class_fallback(vm, a, b, op).map(Value::bool),
        };
    }
    compare_bool(vm, a, b, op).map(Value::bool)
}

/// `a < b`, the order used by `sorted`, `min` and `max`.
pub fn less_than(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Ok(x < y);
    }
    compare_bool(vm, a, b, CmpOp::Lt)
}
