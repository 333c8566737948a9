//! `set` and `frozenset` methods, built on CPython's set algorithms so the
//! resulting iteration orders match.

use super::methods::{method_args, no_kw};
use crate::method_table;
use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::{KwArgs, Obj, Payload, SetTable};
use crate::protocol::merge::{add_all, set_from_iterable, set_update};
use crate::protocol::ops::{self, set_algebra, BinOp};
use crate::vm::Vm;
use std::cell::RefCell;

method_table! {
    /// The methods of `set`.
    pub static SET_METHODS = [
    "add" => add,
    "discard" => discard,
    "remove" => remove,
    "pop" => pop,
    "clear" => clear,
    "copy" => copy,
    "update" => update,
    "union" => union,
    "intersection" => intersection,
    "difference" => difference,
    "symmetric_difference" => symmetric_difference,
    "intersection_update" => intersection_update,
    "difference_update" => difference_update,
    "symmetric_difference_update" => symmetric_difference_update,
    "issubset" => issubset,
    "issuperset" => issuperset,
    "isdisjoint" => isdisjoint,
    ];
}

method_table! {
    /// The methods of `frozenset`.
    pub static FROZENSET_METHODS = [
    "copy" => copy,
    "union" => union,
    "intersection" => intersection,
    "difference" => difference,
    "symmetric_difference" => symmetric_difference,
    "issubset" => issubset,
    "issuperset" => issuperset,
    "isdisjoint" => isdisjoint,
    ];
}

fn table(v: &Value) -> Option<SetTable> {
    match v.payload() {
        Some(Payload::Set(s)) => Some(s.borrow().copy()),
        Some(Payload::FrozenSet(s)) => Some(s.copy()),
        _ => None,
    }
}

fn this(name: &str, args: &[Value]) -> PyResult<SetTable> {
    args.first()
        .and_then(table)
        .ok_or_else(|| PyErr::type_error(format!("descriptor '{name}' requires a 'set' object")))
}

fn as_table(vm: &mut Vm, v: &Value) -> PyResult<SetTable> {
    match table(v) {
        Some(t) => Ok(t),
        None => set_from_iterable(vm, v),
    }
}

fn wrap_like(receiver: &Value, t: SetTable) -> Value {
    match receiver.payload() {
        Some(Payload::FrozenSet(_)) => Obj::alloc(Payload::FrozenSet(t)),
        _ => Obj::alloc(Payload::Set(RefCell::new(t))),
    }
}

fn store(receiver: &Value, t: SetTable) {
    if let Some(Payload::Set(s)) = receiver.payload() {
        *s.borrow_mut() = t;
    }
}

fn set_cell<'a>(name: &str, args: &'a [Value]) -> PyResult<&'a RefCell<SetTable>> {
    match args.first().and_then(Value::payload) {
        Some(Payload::Set(s)) => Ok(s),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{name}' requires a 'set' object"
        ))),
    }
}

fn add(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("set.add", kwargs)?;
    let s = set_cell("add", args)?;
    let rest = method_args("set.add", args, 1, 1)?;
    let (h, canon) = ops::keys::set_cell_key(_vm, s, &rest[0])?;
    s.borrow_mut()
        .try_add(canon.unwrap_or_else(|| rest[0].clone()), h)?;
    Ok(Value::none())
}

fn discard(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("set.discard", kwargs)?;
    let s = set_cell("discard", args)?;
    let rest = method_args("set.discard", args, 1, 1)?;
    let (h, canon) = ops::keys::set_cell_key(_vm, s, &rest[0])?;
    s.borrow_mut()
        .discard(canon.as_ref().unwrap_or(&rest[0]), h);
    Ok(Value::none())
}

fn remove(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("set.remove", kwargs)?;
    let s = set_cell("remove", args)?;
    let rest = method_args("set.remove", args, 1, 1)?;
    let (h, canon) = ops::keys::set_cell_key(_vm, s, &rest[0])?;
    if s.borrow_mut()
        .discard(canon.as_ref().unwrap_or(&rest[0]), h)
    {
        Ok(Value::none())
    } else {
        Err(PyErr::key_error(rest[0].clone()))
    }
}

fn pop(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("set.pop", kwargs)?;
    let s = set_cell("pop", args)?;
    method_args("set.pop", args, 0, 0)?;
    let v = s.borrow_mut().pop();
    v.ok_or_else(|| PyErr::new(&crate::object::types::KEY_ERROR, "pop from an empty set"))
}

fn clear(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("set.clear", kwargs)?;
    let s = set_cell("clear", args)?;
    method_args("set.clear", args, 0, 0)?;
    let old = std::mem::take(&mut *s.borrow_mut());
    drop(old);
    Ok(Value::none())
}

fn copy(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("set.copy", kwargs)?;
    let t = this("copy", args)?;
    method_args("set.copy", args, 0, 0)?;
    if matches!(args[0].payload(), Some(Payload::FrozenSet(_))) {
        return Ok(args[0].clone());
    }
    Ok(wrap_like(&args[0], t))
}

fn update(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("set.update", kwargs)?;
    set_cell("update", args)?;
    for other in &args[1..] {
        set_update(vm, &args[0], other)?;
    }
    Ok(Value::none())
}

fn union(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("set.union", kwargs)?;
    let mut t = this("union", args)?;
    for other in &args[1..] {
        add_all(vm, &mut t, other)?;
    }
    Ok(wrap_like(&args[0], t))
}

fn intersect(vm: &mut Vm, base: SetTable, other: &Value) -> PyResult<SetTable> {
    if let Some(o) = table(other) {
        return Ok(set_algebra(BinOp::And, &base, &o));
    }
    let mut r = SetTable::new();
    let it = crate::protocol::iterate::get_iter(vm, other)?;
    while let Some(x) = crate::protocol::iterate::next(vm, &it)? {
        let h = ops::hash(&x)?;
        if base.contains(&x, h) {
            r.add(x, h);
        }
    }
    Ok(r)
}

fn intersection(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("set.intersection", kwargs)?;
    let mut t = this("intersection", args)?;
    for other in &args[1..] {
        t = intersect(vm, t, other)?;
    }
    Ok(wrap_like(&args[0], t))
}

fn intersection_update(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("set.intersection_update", kwargs)?;
    let mut t = this("intersection_update", args)?;
    for other in &args[1..] {
        t = intersect(vm, t, other)?;
    }
    store(&args[0], t);
    Ok(Value::none())
}

fn subtract(vm: &mut Vm, base: SetTable, other: &Value) -> PyResult<SetTable> {
    if let Some(o) = table(other) {
        return Ok(set_algebra(BinOp::Sub, &base, &o));
    }
    let mut r = base;
    let it = crate::protocol::iterate::get_iter(vm, other)?;
    while let Some(x) = crate::protocol::iterate::next(vm, &it)? {
        let h = ops::hash(&x)?;
        r.discard(&x, h);
    }
    Ok(r)
}

fn difference(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("set.difference", kwargs)?;
    let mut t = this("difference", args)?;
    for other in &args[1..] {
        t = subtract(vm, t, other)?;
    }
    Ok(wrap_like(&args[0], t))
}

fn difference_update(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("set.difference_update", kwargs)?;
    let mut t = this("difference_update", args)?;
    for other in &args[1..] {
        t = subtract(vm, t, other)?;
    }
    store(&args[0], t);
    Ok(Value::none())
}

fn symmetric_difference(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("set.symmetric_difference", kwargs)?;
    let t = this("symmetric_difference", args)?;
    let rest = method_args("set.symmetric_difference", args, 1, 1)?;
    let o = as_table(vm, &rest[0])?;
    Ok(wrap_like(&args[0], set_algebra(BinOp::Xor, &t, &o)))
}

fn symmetric_difference_update(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("set.symmetric_difference_update", kwargs)?;
    let mut t = this("symmetric_difference_update", args)?;
    let rest = method_args("set.symmetric_difference_update", args, 1, 1)?;
    let o = as_table(vm, &rest[0])?;
    for (h, k) in o.iter_hashed() {
        if !t.discard(k, h) {
            t.add(k.clone(), h);
        }
    }
    store(&args[0], t);
    Ok(Value::none())
}

fn subset_check(vm: &mut Vm, args: &[Value], name: &str, superset: bool) -> PyResult<Value> {
    let t = this(name, args)?;
    let rest = method_args(name, args, 1, 1)?;
    let o = as_table(vm, &rest[0])?;
    let (small, big) = if superset { (&o, &t) } else { (&t, &o) };
    Ok(Value::bool(
        small.len() <= big.len() && small.iter_hashed().all(|(h, k)| big.contains(k, h)),
    ))
}

fn issubset(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("set.issubset", kwargs)?;
    subset_check(vm, args, "set.issubset", false)
}

fn issuperset(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("set.issuperset", kwargs)?;
    subset_check(vm, args, "set.issuperset", true)
}

fn isdisjoint(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("set.isdisjoint", kwargs)?;
    let t = this("isdisjoint", args)?;
    let rest = method_args("set.isdisjoint", args, 1, 1)?;
    let o = as_table(vm, &rest[0])?;
    let disjoint = !o.iter_hashed().any(|(h, k)| t.contains(k, h));
    Ok(Value::bool(disjoint))
}
