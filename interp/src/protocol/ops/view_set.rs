//! `dict.keys()` and `dict.items()` as sets, as CPython's views are: the
//! operators `| & - ^` with any iterable on either side (giving a `set`),
//! comparisons with sets and other views, and `isdisjoint`.

use super::{set_algebra, BinOp, CmpOp};
use crate::object::error::PyResult;
use crate::object::value::Value;
use crate::object::{DictViewKind, Obj, Payload, SetTable};
use crate::protocol::merge::set_from_iterable;
use crate::vm::Vm;
use std::cell::RefCell;

/// True for a `keys()` or `items()` view (a `values()` view is no set).
pub fn is_set_view(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::DictView(view)) if view.kind != DictViewKind::Values)
}

fn is_set_like(v: &Value) -> bool {
    is_set_view(v) || matches!(v.payload(), Some(Payload::Set(_) | Payload::FrozenSet(_)))
}

/// `a op b` for the set operators when an operand is a set-like view;
/// `None` when this is not such an operation.
pub fn binary_op(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let base = op.base();
    if !matches!(base, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
        || !(is_set_view(a) || is_set_view(b))
    {
        return Ok(None);
    }
    let x = set_from_iterable(vm, a)?;
    let y = set_from_iterable(vm, b)?;
    let r = set_algebra(base, &x, &y);
    Ok(Some(Obj::alloc(Payload::Set(RefCell::new(r)))))
}

/// `a op b` when one side is a set-like view and the other a set or a
/// set-like view; `None` otherwise (a view equals no list).
pub fn compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
    if !(is_set_view(a) || is_set_view(b)) || !(is_set_like(a) && is_set_like(b)) {
        return Ok(None);
    }
    let x = set_from_iterable(vm, a)?;
    let y = set_from_iterable(vm, b)?;
    let subset = |p: &SetTable, q: &SetTable| {
        p.len() <= q.len() && p.iter_hashed().all(|(h, k)| q.contains(k, h))
    };
    Ok(Some(match op {
        CmpOp::Eq => x.len() == y.len() && subset(&x, &y),
        CmpOp::Ne => !(x.len() == y.len() && subset(&x, &y)),
        CmpOp::Le => subset(&x, &y),
        CmpOp::Ge => subset(&y, &x),
        CmpOp::Lt => x.len() < y.len() && subset(&x, &y),
        CmpOp::Gt => x.len() > y.len() && subset(&y, &x),
    }))
}

/// `view.isdisjoint(iterable)`.
pub fn isdisjoint(vm: &mut Vm, view: &Value, other: &Value) -> PyResult<bool> {
    let x = set_from_iterable(vm, view)?;
    let y = set_from_iterable(vm, other)?;
    let disjoint = !y.iter_hashed().any(|(h, k)| x.contains(k, h));
    Ok(disjoint)
}
