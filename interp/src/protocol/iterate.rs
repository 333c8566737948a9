//! Iteration: `iter()`, `next()`, membership, and collecting iterables.

use crate::object::alloc;
use crate::object::error::{PyErr, PyResult};
use crate::object::intern::intern;
use crate::object::value::Value;
use crate::object::{DictViewKind, IterState, Obj, Payload, RangeIter, StaticObj};
use crate::protocol::ops;
use crate::support::sync::process::OnceLock;
use crate::vm::Vm;
use std::cell::RefCell;

fn new_iter(state: IterState) -> Value {
    Obj::alloc(Payload::Iter(Box::new(RefCell::new(state))))
}

/// A one-character str; ASCII ones are shared immortals.
pub fn char_value(c: char) -> Value {
    static ASCII: OnceLock<Vec<&'static StaticObj>> = OnceLock::new();
    if c.is_ascii() {
        let table = ASCII.get_or_init(|| {
            (0u8..128)
                .map(|b| intern(&(b as char).to_string()))
                .collect()
        });
        return table[c as usize].value();
    }
    let mut buf = [0u8; 4];
    Value::str(c.encode_utf8(&mut buf))
}

/// `iter(v)`.
pub fn get_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if crate::object::types::class_of(v).is_some() {
        return class_iter(_vm, v);
    }
    let state = match v.payload() {
        Some(Payload::List(_)) => IterState::List {
            seq: v.clone(),
            idx: 0,
        },
        Some(Payload::Tuple(_)) => IterState::Tuple {
            seq: v.clone(),
            idx: 0,
        },
        Some(Payload::Str(_)) => IterState::Str {
            seq: v.clone(),
            pos: 0,
        },
        Some(Payload::Bytes(_)) => IterState::Bytes {
            seq: v.clone(),
            pos: 0,
        },
        Some(Payload::Range(r)) => IterState::Range(RangeIter::new(r)),
        Some(Payload::Dict(d)) => {
            let len = d.borrow().len();
            IterState::Dict {
                dict: v.clone(),
                pos: 0,
                kind: DictViewKind::Keys,
                len,
                left: len,
            }
        }
        Some(Payload::DictView(view)) => {
            let len = view.dict.as_dict().map_or(0, |d| d.borrow().len());
            IterState::Dict {
                dict: view.dict.clone(),
                pos: 0,
                kind: view.kind,
                len,
                left: len,
            }
        }
        Some(Payload::Set(s)) => IterState::Set {
            set: v.clone(),
            pos: 0,
            len: s.borrow().len(),
        },
        Some(Payload::FrozenSet(s)) => IterState::Set {
            set: v.clone(),
            pos: 0,
            len: s.len(),
        },
        Some(Payload::Iter(_)) | Some(Payload::Generator(_)) => return Ok(v.clone()),
        _ => {
            return Err(PyErr::type_error(format!(
                "'{}' object is not iterable",
                crate::object::types::type_name(v)
            )))
        }
    };
    Ok(new_iter(state))
}

/// `iter(obj)` for an instance of a user-defined class: `__iter__`, the
/// data of a `list` or `dict` subclass, or the `__getitem__` protocol.
fn class_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(it) = crate::protocol::special::call_special(vm, v, "__iter__", &[])? {
        let is_iter = matches!(it.payload(), Some(Payload::Iter(_) | Payload::Generator(_)))
            || crate::protocol::special::lookup_special(&it, "__next__").is_some();
        if !is_iter {
            return Err(PyErr::type_error(format!(
                "iter() returned non-iterator of type '{}'",
                crate::object::types::type_name(&it)
            )));
        }
        return Ok(it);
    }
    if let Some(base) = crate::protocol::class::builtin_data(v) {
        let base = base.clone();
        return get_iter(vm, &base);
    }
    if crate::protocol::special::lookup_special(v, "__getitem__").is_some() {
        return Ok(new_iter(IterState::GetItem {
            seq: v.clone(),
            idx: 0,
        }));
    }
    Err(PyErr::type_error(format!(
        "'{}' object is not iterable",
        crate::object::types::type_name(v)
    )))
}

/// `next(it)` keeping the return value of an exhausted iterator
/// (`StopIteration.value`): `Ok(Err(value))` when exhausted.
pub fn next_with_value(vm: &mut Vm, it: &Value) -> PyResult<Result<Value, Value>> {
    if matches!(it.payload(), Some(Payload::Generator(_))) {
        return Ok(match vm.send_generator(it, Value::none())? {
            crate::object::generator::Resumed::Yielded(v) => Ok(v),
            crate::object::generator::Resumed::Returned(r) => Err(r),
        });
    }
    if crate::object::types::class_of(it).is_some() {
        return match crate::protocol::special::call_special(vm, it, "__next__", &[]) {
            Ok(Some(v)) => Ok(Ok(v)),
            Ok(None) => Err(PyErr::type_error(format!(
                "'{}' object is not an iterator",
                crate::object::types::type_name(it)
            ))),
            Err(e) if e.matches(&crate::object::types::STOP_ITERATION) => {
                Ok(Err(crate::object::generator::stop_value(&e)))
            }
            Err(e) => Err(e),
        };
    }
    Ok(next(vm, it)?.ok_or_else(Value::none))
}

/// Advances a native module's iterator, which is taken out of its cell
/// while it runs (it may call Python code that reaches the same iterator).
#[inline(never)]
fn next_native(vm: &mut Vm, cell: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let state = std::mem::replace(&mut *cell.borrow_mut(), IterState::Exhausted);
    let IterState::Native(mut native) = state else {
        *cell.borrow_mut() = state;
        return Ok(None);
    };
    let r = native.next(vm);
    *cell.borrow_mut() = IterState::Native(native);
    r
}

/// `next(it)`: `Ok(None)` when exhausted.
pub fn next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    if crate::object::types::class_of(it).is_some() {
        return match crate::protocol::special::call_special(vm, it, "__next__", &[]) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => Err(PyErr::type_error(format!(
                "'{}' object is not an iterator",
                crate::object::types::type_name(it)
            ))),
            Err(e) if e.matches(&crate::object::types::STOP_ITERATION) => {
                if vm.is_tracing() {
                    vm.trace.stop = Some(e.instance().clone());
                }
                Ok(None)
            }
            Err(e) => Err(e),
        };
    }
    match it.payload() {
        Some(Payload::Iter(state)) => next_state(vm, state),
        Some(Payload::Generator(_)) => vm.resume_generator(it, Value::none()),
        _ => Err(PyErr::type_error(format!(
            "'{}' object is not an iterator",
            crate::object::types::type_name(it)
        ))),
    }
}

fn next_state(vm: &mut Vm, cell: &RefCell<IterState>) -> PyResult<Option<Value>> {
    // Iterators that call back into Python must not hold the borrow.
    let mut st = cell.borrow_mut();
    if let IterState::Native(_) = &*st {
        drop(st);
        return next_native(vm, cell);
    }
    let out = match &mut *st {
        IterState::List { seq, idx } => {
            let item = seq.as_list().and_then(|l| l.borrow().get(*idx).cloned());
            if item.is_some() {
                *idx += 1;
            }
            item
        }
        IterState::Tuple { seq, idx } => {
            let item = seq.as_tuple().and_then(|t| t.get(*idx).cloned());
            if item.is_some() {
                *idx += 1;
            }
            item
        }
        IterState::Str { seq, pos } => {
            let s = seq.as_str().unwrap_or("");
            match s.get(*pos..).and_then(|rest| rest.chars().next()) {
                Some(c) => {
                    *pos += c.len_utf8();
                    Some(char_value(c))
                }
                None => None,
            }
        }
        IterState::Bytes { seq, pos } => {
            let item = seq.as_bytes().and_then(|b| b.get(*pos).copied());
            if item.is_some() {
                *pos += 1;
            }
            item.map(|b| Value::int(i64::from(b)))
        }
        IterState::Range(r) => r.next().map(Value::int128),
        IterState::Dict {
            kind: DictViewKind::Items,
            ..
        }
        | IterState::Enumerate { .. }
        | IterState::Zip { .. } => {
            drop(st);
            return Ok(match crate::protocol::iter_parts::next_parts(vm, cell)? {
                crate::protocol::iter_parts::Parts::Items(items) => {
                    Some(Value::tuple(items.into_vec()))
                }
                _ => None,
            });
        }
        IterState::Dict {
            dict,
            pos,
            kind,
            len,
            left,
        } => {
            crate::protocol::iter_parts::dict_step(dict, pos, len, left)?.map(|(k, v)| match kind {
                DictViewKind::Values => v,
                _ => k,
            })
        }
        IterState::Set { set, pos, len } => {
            let step = |t: &crate::object::SetTable, pos: &mut usize, len: &mut usize| {
                if t.len() != *len {
                    *len = usize::MAX;
                    return Err(PyErr::runtime_error("Set changed size during iteration"));
                }
                while *pos < t.slot_count() {
                    let p = *pos;
                    *pos += 1;
                    if let Some(k) = t.slot_at(p) {
                        return Ok(Some(k.clone()));
                    }
                }
                Ok(None)
            };
            match set.payload() {
                Some(Payload::Set(s)) => step(&s.borrow(), pos, len)?,
                Some(Payload::FrozenSet(s)) => step(s, pos, len)?,
                _ => None,
            }
        }
        IterState::Callable { func, sentinel } => {
            let (func, sentinel) = (func.clone(), sentinel.clone());
            drop(st);
            let v = vm.call(&func, Vec::new(), &[])?;
            if v.is(&sentinel) || ops::eq(vm, &v, &sentinel)? {
                *cell.borrow_mut() = IterState::Exhausted;
                return Ok(None);
            }
            return Ok(Some(v));
        }
        IterState::GetItem { seq, idx } => {
            let (seq, i) = (seq.clone(), *idx);
            *idx += 1;
            drop(st);
            return match crate::protocol::special::call_special(
                vm,
                &seq,
                "__getitem__",
                &[Value::int(i as i64)],
            ) {
                Ok(v) => Ok(v),
                Err(e)
                    if e.matches(&crate::object::types::INDEX_ERROR)
                        || e.matches(&crate::object::types::STOP_ITERATION) =>
                {
                    *cell.borrow_mut() = IterState::Exhausted;
                    Ok(None)
                }
                Err(e) => Err(e),
            };
        }
        IterState::Reversed { seq, left } => {
            if *left == 0 {
                None
            } else {
                *left -= 1;
                let i = *left;
                match seq.payload() {
                    Some(Payload::List(l)) => {
                        let l = l.borrow();
                        if i < l.len() {
                            l.get(i).cloned()
                        } else {
                            *left = 0;
                            None
                        }
                    }
                    Some(Payload::Tuple(t)) => t.get(i).cloned(),
                    Some(Payload::Str(s)) => s.char_at(i).map(char_value),
                    Some(Payload::Bytes(b)) => b.get(i).map(|&c| Value::int(i64::from(c))),
                    Some(Payload::Range(r)) => Some(Value::int128(r.item(i as i128))),
                    _ => None,
                }
            }
        }
        // Taken out above while it runs.
        IterState::Exhausted | IterState::Native(_) => None,
        IterState::Map { func, its } => {
            let (func, its) = (func.clone(), its.clone());
            drop(st);
            let mut args = Vec::with_capacity(its.len());
            for it in &its {
                match next(vm, it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            return vm.call(&func, args, &[]).map(Some);
        }
        IterState::Filter { func, it } => {
            let (func, it) = (func.clone(), it.clone());
            drop(st);
            while let Some(v) = next(vm, &it)? {
                let keep = if func.is_none() {
                    ops::truthy_vm(vm, &v)?
                } else {
                    let r = vm.call1(&func, v.clone())?;
                    ops::truthy_vm(vm, &r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            }
            return Ok(None);
        }
    };
    if out.is_none() {
        *st = IterState::Exhausted;
    }
    Ok(out)
}

/// Every item of an iterable.
pub fn collect(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v.payload() {
        Some(Payload::List(l)) => return alloc::to_vec(&l.borrow()),
        Some(Payload::Tuple(t)) => return alloc::to_vec(t),
        _ => {}
    }
    let mut out = Vec::new();
    if let Some(Payload::Range(r)) = v.payload() {
        // A range knows its length: one that cannot fit in memory is a
        // MemoryError at once, not hours of pushing (`list(range(10**12))`).
        let len = usize::try_from(r.len()).map_err(|_| PyErr::memory_error())?;
        alloc::reserve_exact(&mut out, len)?;
    }
    let it = get_iter(vm, v)?;
    while let Some(x) = next(vm, &it)? {
        alloc::push(&mut out, x)?;
    }
    Ok(out)
}

/// Like [`collect`], with the error CPython gives for `*x` of a non-iterable.
pub fn collect_for_unpack(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    collect(vm, v).map_err(|e| {
        if e.matches(&crate::object::types::TYPE_ERROR) && get_iter(vm, v).is_err() {
            PyErr::type_error(format!(
                "cannot unpack non-iterable {} object",
                crate::object::types::type_name(v)
            ))
        } else {
            e
        }
    })
}

/// The items of `*v` in a display or a call (`[*v]`, `f(1, *v)`), with
/// CPython's error for a non-iterable: "Value after * must be an
/// iterable", or, for a call's only starred argument, naming the callee.
pub fn collect_starred(vm: &mut Vm, v: &Value, callee: Option<&Value>) -> PyResult<Vec<Value>> {
    collect(vm, v).map_err(|e| {
        if e.matches(&crate::object::types::TYPE_ERROR) && get_iter(vm, v).is_err() {
            let what = match callee {
                Some(f) => format!("{} argument", crate::protocol::repr::function_str(vm, f)),
                None => "Value".to_owned(),
            };
            PyErr::type_error(format!(
                "{what} after * must be an iterable, not {}",
                crate::object::types::type_name(v)
            ))
        } else {
            e
        }
    })
}

/// Collects at most `n + 1` items (enough to report a length mismatch when
/// unpacking without draining an endless iterator).
pub fn collect_bounded(vm: &mut Vm, v: &Value, n: usize) -> PyResult<Vec<Value>> {
    let it = get_iter(vm, v).map_err(|_| {
        PyErr::type_error(format!(
            "cannot unpack non-iterable {} object",
            crate::object::types::type_name(v)
        ))
    })?;
    let mut out = Vec::with_capacity(n);
    while let Some(x) = next(vm, &it)? {
        out.push(x);
        if out.len() > n {
            break;
        }
    }
    Ok(out)
}

/// True if `item` equals an element of `items`.
pub fn contains_in(vm: &mut Vm, items: &[Value], item: &Value) -> PyResult<bool> {
    for x in items {
        if x.is(item) || ops::eq(vm, x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `item in container`.
pub fn contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    if crate::object::types::class_of(container).is_some() {
        if let Some(r) = crate::protocol::special::call_special(
            vm,
            container,
            "__contains__",
            std::slice::from_ref(item),
        )? {
            return ops::truthy_vm(vm, &r);
        }
        if let Some(base) = crate::protocol::class::builtin_data(container) {
            let base = base.clone();
            return contains(vm, &base, item);
        }
        if crate::protocol::special::lookup_special(container, "__iter__").is_none()
            && crate::protocol::special::lookup_special(container, "__getitem__").is_none()
        {
            return Err(PyErr::type_error(format!(
                "argument of type '{}' is not iterable",
                crate::object::types::type_name(container)
            )));
        }
        let it = get_iter(vm, container)?;
        while let Some(x) = next(vm, &it)? {
            if x.is(item) || ops::eq(vm, &x, item)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match container.payload() {
        Some(Payload::Str(s)) => match item.as_str() {
            Some(sub) => Ok(s.as_str().contains(sub)),
            None => Err(PyErr::type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                crate::object::types::type_name(item)
            ))),
        },
        Some(Payload::Bytes(b)) => {
            if let Some(sub) = item.as_bytes() {
                return Ok(memchr::memmem::find(b, sub).is_some());
            }
            if crate::protocol::number::is_int(item) {
                let c = crate::protocol::number::bigint_of(item)
                    .and_then(|n| u8::try_from(n).ok())
                    .ok_or_else(|| PyErr::value_error("byte must be in range(0, 256)"))?;
                return Ok(b.contains(&c));
            }
            Err(PyErr::type_error(format!(
                "a bytes-like object is required, not '{}'",
                crate::object::types::type_name(item)
            )))
        }
        Some(Payload::List(l)) => {
            let items = l.borrow().clone();
            contains_in(vm, &items, item)
        }
        Some(Payload::Tuple(t)) => contains_in(vm, t, item),
        Some(Payload::Dict(d)) => {
            let (h, canon) = ops::keys::dict_key(vm, d, item)?;
            Ok(d.borrow().find(canon.as_ref().unwrap_or(item), h).is_some())
        }
        // A set looked for in a set is taken as a frozenset, as CPython's
        // `set_contains` does (sets are unhashable).
        Some(Payload::Set(_) | Payload::FrozenSet(_))
            if matches!(item.payload(), Some(Payload::Set(_))) =>
        {
            let Some(Payload::Set(inner)) = item.payload() else {
                return Ok(false);
            };
            let frozen = crate::object::Obj::alloc(Payload::FrozenSet(inner.borrow().copy()));
            contains(vm, container, &frozen)
        }
        Some(Payload::Set(s)) => {
            let (h, canon) = ops::keys::set_cell_key(vm, s, item)?;
            Ok(s.borrow().contains(canon.as_ref().unwrap_or(item), h))
        }
        Some(Payload::FrozenSet(s)) => {
            let (h, canon) = ops::keys::set_key(vm, s, item)?;
            Ok(s.contains(canon.as_ref().unwrap_or(item), h))
        }
        Some(Payload::Range(r)) => {
            let i = if crate::protocol::number::is_int(item) {
                crate::protocol::number::bigint_of(item)
                    .and_then(|n| num_traits::ToPrimitive::to_i128(&n))
            } else {
                None
            };
            let Some(i) = i else {
                if crate::protocol::number::is_int(item) {
                    return Ok(false);
                }
                let items = collect(vm, container)?;
                return contains_in(vm, &items, item);
            };
            if r.is_empty() {
                return Ok(false);
            }
            let in_bounds = if r.step > 0 {
                i >= r.start && i < r.stop
            } else {
                i <= r.start && i > r.stop
            };
            Ok(in_bounds && (i - r.start) % r.step == 0)
        }
        Some(Payload::DictView(view)) => match view.kind {
            DictViewKind::Keys => contains(vm, &view.dict, item),
            _ => {
                let items = collect(vm, container)?;
                contains_in(vm, &items, item)
            }
        },
        Some(Payload::Iter(_)) | Some(Payload::Generator(_)) => {
            while let Some(x) = next(vm, container)? {
                if x.is(item) || ops::eq(vm, &x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(PyErr::type_error(format!(
            "argument of type '{}' is not iterable",
            crate::object::types::type_name(container)
        ))),
    }
}

/// `reversed(seq)`.
pub fn reversed(vm: &mut Vm, seq: &Value) -> PyResult<Value> {
    if crate::object::types::class_of(seq).is_some() {
        // `__reversed__ = None` says the class is not reversible.
        if crate::protocol::special::lookup_special(seq, "__reversed__")
            .is_some_and(|f| f.is_none())
        {
            return Err(PyErr::type_error(format!(
                "'{}' object is not reversible",
                crate::object::types::type_name(seq)
            )));
        }
        if let Some(r) = crate::protocol::special::call_special(vm, seq, "__reversed__", &[])? {
            return Ok(r);
        }
        if let Some(base) = crate::protocol::class::builtin_data(seq) {
            let base = base.clone();
            return reversed(vm, &base);
        }
        if crate::protocol::special::lookup_special(seq, "__getitem__").is_some() {
            if let Some(n) = crate::protocol::special::len(vm, seq)? {
                // The sequence protocol: `seq[n-1]` down to `seq[0]`.
                let mut items = Vec::with_capacity(n);
                for i in (0..n).rev() {
                    items.push(crate::protocol::subscript::getitem(
                        vm,
                        seq,
                        &Value::int(i as i64),
                    )?);
                }
                return get_iter(vm, &Value::list(items));
            }
        }
    }
    let len = match seq.payload() {
        Some(Payload::List(l)) => l.borrow().len(),
        Some(Payload::Tuple(t)) => t.len(),
        Some(Payload::Str(s)) => s.char_len(),
        Some(Payload::Bytes(b)) => b.len(),
        // A range reverses into a range: CPython's `range_iterator`.
        Some(Payload::Range(r)) => {
            let n = r.len();
            let last = r.start + (n - 1).max(0) * r.step;
            let back = crate::object::RangeObj {
                start: if n > 0 { last } else { r.start },
                stop: if n > 0 { r.start - r.step } else { r.start },
                step: -r.step,
            };
            return get_iter(vm, &crate::object::Obj::alloc(Payload::Range(back)));
        }
        Some(Payload::Dict(_) | Payload::DictView(_)) => {
            let mut keys = collect(vm, seq)?;
            keys.reverse();
            let l = Value::list(keys);
            return get_iter(vm, &l);
        }
        _ => {
            return Err(PyErr::type_error(format!(
                "'{}' object is not reversible",
                crate::object::types::type_name(seq)
            )))
        }
    };
    Ok(new_iter(IterState::Reversed {
        seq: seq.clone(),
        left: len,
    }))
}

/// A builtin lazy iterator (enumerate, zip, map, filter).
pub fn make_lazy(state: IterState) -> Value {
    new_iter(state)
}
