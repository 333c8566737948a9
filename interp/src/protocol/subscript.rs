//! Subscripts and slices: `x[i]`, `x[a:b:c]`, assignment and deletion, with
//! CPython's index clamping and error messages.

use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::{Obj, Payload, RangeObj};
use crate::protocol::ops;
use crate::vm::Vm;

/// The int behind an index value, clamped to `i64` like `PyNumber_AsSsize_t`
/// with clamping (used for slice bounds).
fn clamp_index(v: &Value) -> Option<i64> {
    if let Some(i) = v.as_small_int() {
        return Some(i);
    }
    match v.payload()? {
        Payload::Bool(b) => Some(*b as i64),
        Payload::Int(n) => Some(if n.is_negative() { i64::MIN } else { i64::MAX }),
        _ => None,
    }
}

/// An exact index, or `Ok(None)` if `v` is not an int.
fn exact_index(v: &Value) -> PyResult<Option<i64>> {
    if let Some(i) = v.as_small_int() {
        return Ok(Some(i));
    }
    match v.payload() {
        Some(Payload::Bool(b)) => Ok(Some(*b as i64)),
        Some(Payload::Int(_)) => Err(PyErr::new(
            &crate::object::types::INDEX_ERROR,
            format!(
                "cannot fit '{}' into an index-sized integer",
                crate::object::types::type_name(v)
            ),
        )),
        _ => Ok(None),
    }
}

/// Resolved slice bounds: start, step and number of items.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SliceIndices {
    /// First index.
    pub start: i64,
    /// Stop index (exclusive), after adjustment.
    pub stop: i64,
    /// Step.
    pub step: i64,
    /// Number of selected items.
    pub len: usize,
}

/// CPython's `PySlice_Unpack` + `PySlice_AdjustIndices`.
pub fn slice_indices(
    start: &Value,
    stop: &Value,
    step: &Value,
    length: usize,
) -> PyResult<SliceIndices> {
    let bad =
        || PyErr::type_error("slice indices must be integers or None or have an __index__ method");
    let step = if step.is_none() {
        1
    } else {
        clamp_index(step).ok_or_else(bad)?
    };
    if step == 0 {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    let step = step.max(-i64::MAX);
    let length = length as i64;
    let mut start = if start.is_none() {
        if step < 0 {
            i64::MAX
        } else {
            0
        }
    } else {
        clamp_index(start).ok_or_else(bad)?
    };
    let mut stop = if stop.is_none() {
        if step < 0 {
            i64::MIN
        } else {
            i64::MAX
        }
    } else {
        clamp_index(stop).ok_or_else(bad)?
    };
    let adjust = |v: &mut i64| {
        if *v < 0 {
            *v = v.saturating_add(length);
            if *v < 0 {
                *v = if step < 0 { -1 } else { 0 };
            }
        } else if *v >= length {
            *v = if step < 0 { length - 1 } else { length };
        }
    };
    adjust(&mut start);
    adjust(&mut stop);
    let len = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok(SliceIndices {
        start,
        stop,
        step,
        len: len as usize,
    })
}

fn normalize(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    (0..len as i64).contains(&i).then_some(i as usize)
}

fn pick<T: Clone>(items: &[T], s: SliceIndices) -> Vec<T> {
    if s.step == 1 {
        return items[s.start as usize..s.start as usize + s.len].to_vec();
    }
    (0..s.len)
        .map(|k| items[(s.start + k as i64 * s.step) as usize].clone())
        .collect()
}

fn slice_parts(key: &Value) -> Option<(&Value, &Value, &Value)> {
    match key.payload() {
        Some(Payload::Slice(s)) => Some((&s.start, &s.stop, &s.step)),
        _ => None,
    }
}

/// `container[key]`.
/// `obj[key]` for an instance of a user-defined class: `__getitem__`, or
/// the data of a `list` or `dict` subclass (with `__missing__`).
fn class_getitem(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<Value> {
    if let Some(v) = crate::protocol::special::call_special(
        vm,
        container,
        "__getitem__",
        std::slice::from_ref(key),
    )? {
        return Ok(v);
    }
    if let Some(base) = crate::protocol::class::builtin_data(container) {
        let base = base.clone();
        return match getitem(vm, &base, key) {
            Err(e) if e.matches(&crate::object::types::KEY_ERROR) && base.as_dict().is_some() => {
                match crate::protocol::special::call_special(
                    vm,
                    container,
                    "__missing__",
                    std::slice::from_ref(key),
                )? {
                    Some(v) => Ok(v),
                    None => Err(e),
                }
            }
            r => r,
        };
    }
    Err(PyErr::type_error(format!(
        "'{}' object is not subscriptable",
        crate::object::types::type_name(container)
    )))
}

pub fn getitem(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<Value> {
    if crate::object::types::class_of(container).is_some() {
        return class_getitem(vm, container, key);
    }
    match container.payload() {
        Some(Payload::List(l)) => {
            if let Some(i) = exact_index(key)? {
                let l = l.borrow();
                return normalize(i, l.len())
                    .map(|i| l[i].clone())
                    .ok_or_else(|| PyErr::index_error("list index out of range"));
            }
            if let Some((a, b, c)) = slice_parts(key) {
                let l = l.borrow();
                let s = slice_indices(a, b, c, l.len())?;
                return Ok(Value::list(pick(&l, s)));
            }
            Err(PyErr::type_error(format!(
                "list indices must be integers or slices, not {}",
                crate::object::types::type_name(key)
            )))
        }
        Some(Payload::Tuple(t)) => {
            if let Some(i) = exact_index(key)? {
                return normalize(i, t.len())
                    .map(|i| t[i].clone())
                    .ok_or_else(|| PyErr::index_error("tuple index out of range"));
            }
            if let Some((a, b, c)) = slice_parts(key) {
                let s = slice_indices(a, b, c, t.len())?;
                if s.len == t.len() && s.step == 1 {
                    return Ok(container.clone());
                }
                return Ok(Value::tuple(pick(t, s)));
            }
            Err(PyErr::type_error(format!(
                "tuple indices must be integers or slices, not {}",
                crate::object::types::type_name(key)
            )))
        }
        Some(Payload::Str(s)) => {
            if let Some(i) = exact_index(key)? {
                return normalize(i, s.char_len())
                    .and_then(|i| s.char_at(i))
                    .map(crate::protocol::iterate::char_value)
                    .ok_or_else(|| PyErr::index_error("string index out of range"));
            }
            if let Some((a, b, c)) = slice_parts(key) {
                let si = slice_indices(a, b, c, s.char_len())?;
                return Ok(str_slice(s, si));
            }
            Err(PyErr::type_error(format!(
                "string indices must be integers, not '{}'",
                crate::object::types::type_name(key)
            )))
        }
        Some(Payload::Bytes(b)) => {
            if let Some(i) = exact_index(key)? {
                return normalize(i, b.len())
                    .map(|i| Value::int(i64::from(b[i])))
                    .ok_or_else(|| PyErr::index_error("index out of range"));
            }
            if let Some((x, y, z)) = slice_parts(key) {
                let s = slice_indices(x, y, z, b.len())?;
                if s.len == b.len() && s.step == 1 {
                    return Ok(container.clone());
                }
                let out = (0..s.len)
                    .map(|k| b[(s.start + k as i64 * s.step) as usize])
                    .collect();
                return Ok(Value::bytes(out));
            }
            Err(PyErr::type_error(format!(
                "byte indices must be integers or slices, not {}",
                crate::object::types::type_name(key)
            )))
        }
        Some(Payload::Dict(d)) => {
            let (h, canon) = ops::keys::dict_key(vm, d, key)?;
            let v = d.borrow().get(canon.as_ref().unwrap_or(key), h).cloned();
            v.ok_or_else(|| PyErr::key_error(key.clone()))
        }
        Some(Payload::Range(r)) => {
            if let Some(i) = exact_index(key)? {
                // Indexing needs no machine-sized length: `range(10**20)[-1]`.
                let len = r.len();
                let i = if i < 0 { i as i128 + len } else { i as i128 };
                if !(0..len).contains(&i) {
                    return Err(PyErr::index_error("range object index out of range"));
                }
                return Ok(Value::int128(r.item(i)));
            }
            let len = r.ssize_len()?;
            if let Some((a, b, c)) = slice_parts(key) {
                let s = slice_indices(a, b, c, len)?;
                let start = r.start + s.start as i128 * r.step;
                let stop = r.start + s.stop as i128 * r.step;
                let step = r.step * s.step as i128;
                return Ok(Obj::alloc(Payload::Range(RangeObj { start, stop, step })));
            }
            Err(PyErr::type_error(format!(
                "range indices must be integers or slices, not {}",
                crate::object::types::type_name(key)
            )))
        }
        Some(Payload::Type(_)) => {
            // `list[int]` and friends: generic aliases are out of scope.
            let _ = vm;
            Err(PyErr::new(
                &crate::object::types::NOT_IMPLEMENTED_ERROR,
                "generic aliases are not supported by coral yet",
            ))
        }
        _ => Err(PyErr::type_error(format!(
            "'{}' object is not subscriptable",
            crate::object::types::type_name(container)
        ))),
    }
}

fn str_slice(s: &crate::object::StrObj, si: SliceIndices) -> Value {
    if si.len == 0 {
        return Value::str("");
    }
    if si.step == 1 {
        let a = s.byte_offset(si.start as usize);
        let b = s.byte_offset(si.start as usize + si.len);
        return Value::str(&s.as_str()[a..b]);
    }
    if s.is_ascii() {
        let bytes = s.as_str().as_bytes();
        let out: String = (0..si.len)
            .map(|k| bytes[(si.start + k as i64 * si.step) as usize] as char)
            .collect();
        return Value::string(out);
    }
    let chars: Vec<char> = s.as_str().chars().collect();
    let out: String = (0..si.len)
        .map(|k| chars[(si.start + k as i64 * si.step) as usize])
        .collect();
    Value::string(out)
}

/// `container[start:stop]`.
pub fn get_slice(vm: &mut Vm, container: &Value, start: Value, stop: Value) -> PyResult<Value> {
    let key = Obj::alloc(Payload::Slice(Box::new(crate::object::SliceObj {
        start,
        stop,
        step: Value::none(),
    })));
    getitem(vm, container, &key)
}

/// `container[key] = v`.
pub fn setitem(vm: &mut Vm, container: &Value, key: Value, v: Value) -> PyResult<()> {
    if crate::object::types::class_of(container).is_some() {
        if crate::protocol::special::call_special(
            vm,
            container,
            "__setitem__",
            &[key.clone(), v.clone()],
        )?
        .is_some()
        {
            return Ok(());
        }
        if let Some(base) = crate::protocol::class::builtin_data(container) {
            let base = base.clone();
            return setitem(vm, &base, key, v);
        }
        return Err(PyErr::type_error(format!(
            "'{}' object does not support item assignment",
            crate::object::types::type_name(container)
        )));
    }
    match container.payload() {
        Some(Payload::List(l)) => {
            if let Some(i) = exact_index(&key)? {
                let mut l = l.borrow_mut();
                let len = l.len();
                let Some(i) = normalize(i, len) else {
                    return Err(PyErr::index_error("list assignment index out of range"));
                };
                let old = std::mem::replace(&mut l[i], v);
                drop(l);
                drop(old);
                return Ok(());
            }
            if let Some((a, b, c)) = slice_parts(&key) {
                let (a, b, c) = (a.clone(), b.clone(), c.clone());
                return assign_list_slice(vm, container, &a, &b, &c, &v);
            }
            Err(PyErr::type_error(format!(
                "list indices must be integers or slices, not {}",
                crate::object::types::type_name(&key)
            )))
        }
        Some(Payload::Dict(d)) => {
            let (h, canon) = ops::keys::dict_key(vm, d, &key)?;
            let old = d.borrow_mut().try_insert(canon.unwrap_or(key), h, v)?;
            drop(old);
            vm.dict_key_changed(d, h);
            Ok(())
        }
        _ => Err(PyErr::type_error(format!(
            "'{}' object does not support item assignment",
            crate::object::types::type_name(container)
        ))),
    }
}

/// `container[start:stop] = v`.
pub fn set_slice(
    vm: &mut Vm,
    container: &Value,
    start: Value,
    stop: Value,
    v: Value,
) -> PyResult<()> {
    if container.as_list().is_some() {
        return assign_list_slice(vm, container, &start, &stop, &Value::none(), &v);
    }
    let key = Obj::alloc(Payload::Slice(Box::new(crate::object::SliceObj {
        start,
        stop,
        step: Value::none(),
    })));
    setitem(vm, container, key, v)
}

fn assign_list_slice(
    vm: &mut Vm,
    list: &Value,
    a: &Value,
    b: &Value,
    c: &Value,
    v: &Value,
) -> PyResult<()> {
    let items = if v.is(list) {
        list.as_list()
            .map(|l| l.borrow().clone())
            .unwrap_or_default()
    } else {
        crate::protocol::iterate::collect(vm, v).map_err(|e| {
            if e.matches(&crate::object::types::TYPE_ERROR) {
                PyErr::type_error("can only assign an iterable")
            } else {
                e
            }
        })?
    };
    let Some(l) = list.as_list() else {
        return Ok(());
    };
    let len = l.borrow().len();
    let s = slice_indices(a, b, c, len)?;
    if s.step == 1 {
        let start = s.start as usize;
        let stop = (s.stop.max(s.start)) as usize;
        let removed: Vec<Value> = l.borrow_mut().splice(start..stop, items).collect();
        drop(removed);
        return Ok(());
    }
    if items.len() != s.len {
        return Err(PyErr::value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            items.len(),
            s.len
        )));
    }
    let mut old = Vec::with_capacity(items.len());
    {
        let mut lm = l.borrow_mut();
        for (k, item) in items.into_iter().enumerate() {
            let i = (s.start + k as i64 * s.step) as usize;
            old.push(std::mem::replace(&mut lm[i], item));
        }
    }
    drop(old);
    Ok(())
}

/// `del container[key]`.
pub fn delitem(_vm: &mut Vm, container: &Value, key: &Value) -> PyResult<()> {
    if crate::object::types::class_of(container).is_some() {
        if crate::protocol::special::call_special(
            _vm,
            container,
            "__delitem__",
            std::slice::from_ref(key),
        )?
        .is_some()
        {
            return Ok(());
        }
        if let Some(base) = crate::protocol::class::builtin_data(container) {
            let base = base.clone();
            return delitem(_vm, &base, key);
        }
        return Err(PyErr::type_error(format!(
            "'{}' object doesn't support item deletion",
            crate::object::types::type_name(container)
        )));
    }
    match container.payload() {
        Some(Payload::List(l)) => {
            if let Some(i) = exact_index(key)? {
                let mut lm = l.borrow_mut();
                let len = lm.len();
                let Some(i) = normalize(i, len) else {
                    return Err(PyErr::index_error("list assignment index out of range"));
                };
                let old = lm.remove(i);
                drop(lm);
                drop(old);
                return Ok(());
            }
            if let Some((a, b, c)) = slice_parts(key) {
                let len = l.borrow().len();
                let s = slice_indices(a, b, c, len)?;
                let mut idx: Vec<usize> = (0..s.len)
                    .map(|k| (s.start + k as i64 * s.step) as usize)
                    .collect();
                idx.sort_unstable();
                let mut lm = l.borrow_mut();
                let old: Vec<Value> = std::mem::take(&mut *lm);
                let mut removed = Vec::with_capacity(idx.len());
                let mut next = idx.iter().peekable();
                for (i, item) in old.into_iter().enumerate() {
                    if next.peek() == Some(&&i) {
                        next.next();
                        removed.push(item);
                    } else {
                        lm.push(item);
                    }
                }
                drop(lm);
                drop(removed);
                return Ok(());
            }
            Err(PyErr::type_error(format!(
                "list indices must be integers or slices, not {}",
                crate::object::types::type_name(key)
            )))
        }
        Some(Payload::Dict(d)) => {
            let (h, canon) = ops::keys::dict_key(_vm, d, key)?;
            let removed = d.borrow_mut().remove(canon.as_ref().unwrap_or(key), h);
            _vm.dict_key_changed(d, h);
            match removed {
                Some(kv) => {
                    drop(kv);
                    Ok(())
                }
                None => Err(PyErr::key_error(key.clone())),
            }
        }
        _ => Err(PyErr::type_error(format!(
            "'{}' object doesn't support item deletion",
            crate::object::types::type_name(container)
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn si(a: Option<i64>, b: Option<i64>, c: Option<i64>, len: usize) -> (i64, i64, i64, usize) {
        let v = |x: Option<i64>| x.map_or_else(Value::none, Value::int);
        let s = slice_indices(&v(a), &v(b), &v(c), len).expect("valid");
        (s.start, s.stop, s.step, s.len)
    }

    #[test]
    fn slice_indices_match_cpython() {
        assert_eq!(si(None, None, None, 5), (0, 5, 1, 5));
        assert_eq!(si(None, None, Some(-1), 5), (4, -1, -1, 5));
        assert_eq!(si(Some(-2), None, None, 5), (3, 5, 1, 2));
        assert_eq!(si(Some(1), Some(100), Some(2), 5), (1, 5, 2, 2));
        assert_eq!(si(Some(10), Some(0), Some(-3), 5), (4, 0, -3, 2));
        assert_eq!(si(Some(3), Some(1), None, 5), (3, 1, 1, 0));
    }
}
