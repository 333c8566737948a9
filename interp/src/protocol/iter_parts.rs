//! Iterators whose items are tuples built fresh for each step: `zip`,
//! `enumerate` and a dict's `items()`.
//!
//! Their step is written once here, as the item's parts. `next()` packs the
//! parts into a tuple; the eval loop's `FOR_ITER` hands them straight to the
//! `UNPACK_SEQUENCE` that follows it in `for a, b in zip(xs, ys)`, so the
//! common loop shapes build and free no tuple at all (CPython's zip reuses
//! its result tuple for the same reason).

use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::{DictViewKind, IterState, Payload};
use crate::protocol::ops;
use crate::vm::Vm;
use smallvec::SmallVec;
use std::cell::RefCell;

/// The next item of a tuple-producing iterator, in parts.
pub enum Parts {
    /// The item's parts, first first.
    Items(SmallVec<[Value; 4]>),
    /// The iterator is exhausted.
    Exhausted,
    /// Not one of these iterators (or not of the arity asked for).
    Unsupported,
}

/// The next item of `it` as `n` parts, if `it` is a zip of `n` iterators,
/// an enumerate (`n == 2`) or a dict items iterator (`n == 2`).
pub fn next_unpacked(vm: &mut Vm, it: &Value, n: usize) -> PyResult<Parts> {
    let Some(Payload::Iter(cell)) = it.payload() else {
        return Ok(Parts::Unsupported);
    };
    let arity = match &*cell.borrow() {
        IterState::Zip { its, .. } => its.len(),
        IterState::Enumerate { .. } => 2,
        IterState::Dict {
            kind: DictViewKind::Items,
            ..
        } => 2,
        _ => return Ok(Parts::Unsupported),
    };
    if arity != n {
        return Ok(Parts::Unsupported);
    }
    next_parts(vm, cell)
}

/// The `i`th iterator of the zip in `cell`. The borrow is not held
/// across the call that follows: each sub-iterator may run Python code
/// that touches this zip.
fn zip_iterator(cell: &RefCell<IterState>, i: usize) -> Option<Value> {
    match &*cell.borrow() {
        IterState::Zip { its, .. } => its.get(i).cloned(),
        _ => None,
    }
}

/// Iterator `i` of a strict zip of `n` ran out: fine only if it is the
/// first and all the others run out now too; otherwise CPython's
/// ValueError naming the arguments.
fn zip_strict_end(vm: &mut Vm, cell: &RefCell<IterState>, i: usize, n: usize) -> PyResult<Parts> {
    let plural = |k: usize| {
        if k == 1 {
            " 1".to_owned()
        } else {
            format!("s 1-{k}")
        }
    };
    if i > 0 {
        return Err(PyErr::value_error(format!(
            "zip() argument {} is shorter than argument{}",
            i + 1,
            plural(i)
        )));
    }
    for j in 1..n {
        let Some(sub) = zip_iterator(cell, j) else {
            break;
        };
        if crate::protocol::iterate::next(vm, &sub)?.is_some() {
            return Err(PyErr::value_error(format!(
                "zip() argument {} is longer than argument{}",
                j + 1,
                plural(j)
            )));
        }
    }
    Ok(Parts::Exhausted)
}

/// One step of a zip, enumerate or dict items iterator held in `cell`.
pub fn next_parts(vm: &mut Vm, cell: &RefCell<IterState>) -> PyResult<Parts> {
    let mut st = cell.borrow_mut();
    match &mut *st {
        IterState::Zip { its, strict } => {
            let (n, strict) = (its.len(), *strict);
            drop(st);
            let mut items = SmallVec::with_capacity(n);
            for i in 0..n {
                // Each sub-iterator may run Python code that touches this
                // zip, so the borrow is not held across the call.
                let Some(sub) = zip_iterator(cell, i) else {
                    return Ok(Parts::Exhausted);
                };
                match crate::protocol::iterate::next(vm, &sub)? {
                    Some(v) => items.push(v),
                    None if strict => return zip_strict_end(vm, cell, i, n),
                    None => return Ok(Parts::Exhausted),
                }
            }
            if items.is_empty() {
                return Ok(Parts::Exhausted);
            }
            Ok(Parts::Items(items))
        }
        IterState::Enumerate { it, .. } => {
            let it = it.clone();
            drop(st);
            let Some(v) = crate::protocol::iterate::next(vm, &it)? else {
                return Ok(Parts::Exhausted);
            };
            let this = match &*cell.borrow() {
                IterState::Enumerate { count, .. } => count.clone(),
                _ => return Ok(Parts::Exhausted),
            };
            // The count is a big int only past 2**49: then `+` runs without
            // the borrow held.
            let next = match this.as_small_int().and_then(|i| i.checked_add(1)) {
                Some(i) => Value::int(i),
                None => ops::binary_op(vm, ops::BinOp::Add, &this, &Value::int(1))?,
            };
            if let IterState::Enumerate { count, .. } = &mut *cell.borrow_mut() {
                *count = next;
            }
            Ok(Parts::Items(SmallVec::from_iter([this, v])))
        }
        IterState::Dict {
            dict,
            pos,
            kind: DictViewKind::Items,
            len,
            left,
        } => Ok(match dict_step(dict, pos, len, left)? {
            Some((k, v)) => Parts::Items(SmallVec::from_iter([k, v])),
            None => Parts::Exhausted,
        }),
        _ => Ok(Parts::Unsupported),
    }
}

/// The next live entry of a dict iterator, checking that the dict kept its
/// size (CPython's "changed size during iteration").
pub fn dict_step(
    dict: &Value,
    pos: &mut usize,
    len: &mut usize,
    left: &mut usize,
) -> PyResult<Option<(Value, Value)>> {
    let Some(d) = dict.as_dict() else {
        return Ok(None);
    };
    let d = d.borrow();
    if d.len() != *len {
        *len = usize::MAX;
        return Err(PyErr::runtime_error(
            "dictionary changed size during iteration",
        ));
    }
    while *pos < d.entry_capacity() {
        let p = *pos;
        *pos += 1;
        if let Some((k, v)) = d.entry_at(p) {
            if *left == 0 {
                // An entry beyond the count the dict had: a key was
                // deleted and another added, keeping the size.
                *len = usize::MAX;
                return Err(PyErr::runtime_error(
                    "dictionary keys changed during iteration",
                ));
            }
            *left -= 1;
            return Ok(Some((k.clone(), v.clone())));
        }
    }
    Ok(None)
}
