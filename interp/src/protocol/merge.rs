//! Filling dicts and sets from other objects, as CPython's
//! `set_update_internal` and `dict_merge` do: `{*it}` and `set(it)`,
//! `{**m}`, `f(**m)` and `dict(pairs)`. Sets and dicts are merged by their
//! stored hashes; anything else is iterated.

use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::{Payload, SetTable};
use crate::protocol::ops;
use crate::vm::Vm;

/// Builds a set table from any iterable, the way CPython's
/// `set_update_internal` does (sets merged, dicts by their stored hashes).
pub fn set_from_iterable(vm: &mut Vm, v: &Value) -> PyResult<SetTable> {
    let mut t = SetTable::new();
    add_all(vm, &mut t, v)?;
    Ok(t)
}

/// Adds every element of `v` to `t`.
pub fn add_all(vm: &mut Vm, t: &mut SetTable, v: &Value) -> PyResult<()> {
    match v.payload() {
        Some(Payload::Set(s)) => {
            let other = s.borrow().copy();
            t.merge(&other);
        }
        Some(Payload::FrozenSet(s)) => t.merge(s),
        Some(Payload::Dict(d)) => {
            let d = d.borrow();
            t.reserve_for_dict(d.len());
            for (h, k, _) in d.iter_hashed() {
                t.try_add(k.clone(), h)?;
            }
        }
        _ => {
            let it = crate::protocol::iterate::get_iter(vm, v)?;
            while let Some(x) = crate::protocol::iterate::next(vm, &it)? {
                let (h, canon) = ops::keys::set_key(vm, t, &x)?;
                t.try_add(canon.unwrap_or(x), h)?;
            }
        }
    }
    Ok(())
}

/// `SET_UPDATE` and `set.update`: adds every element of `iterable`.
pub fn set_update(vm: &mut Vm, target: &Value, iterable: &Value) -> PyResult<()> {
    let Some(Payload::Set(s)) = target.payload() else {
        return Ok(());
    };
    if matches!(
        iterable.payload(),
        Some(Payload::Set(_) | Payload::FrozenSet(_) | Payload::Dict(_))
    ) {
        // Merged by stored hashes: no Python runs, so nothing sees the
        // table while it is out (and `s.update(s)` copies an empty one).
        let mut t = std::mem::take(&mut *s.borrow_mut());
        let r = add_all(vm, &mut t, iterable);
        *s.borrow_mut() = t;
        return r;
    }
    // Anything else may run Python between items (a generator, `__hash__`,
    // `__eq__`) that reads or changes the set: each item goes into the live
    // set, as CPython's `set_update_internal` does.
    let it = crate::protocol::iterate::get_iter(vm, iterable)?;
    while let Some(x) = crate::protocol::iterate::next(vm, &it)? {
        let (h, canon) = ops::keys::set_cell_key(vm, s, &x)?;
        s.borrow_mut().try_add(canon.unwrap_or(x), h)?;
    }
    Ok(())
}

/// `d[name] = v` for a dict value with a str key.
pub fn dict_set(d: &Value, key: Value, v: Value) -> PyResult<()> {
    let h = ops::hash(&key)?;
    if let Some(d) = d.as_dict() {
        let old = d.borrow_mut().try_insert(key, h, v)?;
        drop(old);
    }
    Ok(())
}

/// The dict whose entries a merge may copy directly (by their stored
/// hashes): a dict, or a `dict` subclass instance that does not override
/// `__iter__`, as CPython's `dict_merge` decides.
fn plain_dict_source(src: &Value) -> Option<&Value> {
    if matches!(src.payload(), Some(Payload::Dict(_))) {
        return Some(src);
    }
    let data = crate::protocol::class::builtin_data(src)?;
    (data.as_dict().is_some()
        && crate::protocol::special::lookup_special(src, "__iter__").is_none())
    .then_some(data)
}

/// Merges the mapping `src` into the dict `target` through its `keys()`
/// and `__getitem__`, key by key as CPython does; `Ok(false)` if `src` has
/// no `keys` (it is not a mapping).
fn merge_through_keys(
    vm: &mut Vm,
    target: &Value,
    src: &Value,
    strict: bool,
) -> Result<bool, MergeError> {
    let keys_name = crate::object::intern::intern_static("keys").value();
    let Some(keys) = crate::protocol::attr::getattr_opt(vm, src, &keys_name)? else {
        return Ok(false);
    };
    let keys = vm.call(&keys, Vec::new(), &[])?;
    let it = crate::protocol::iterate::get_iter(vm, &keys)?;
    while let Some(k) = crate::protocol::iterate::next(vm, &it)? {
        // A call's `**` rejects a repeated keyword before reading its value.
        if strict {
            if let Some(d) = target.as_dict() {
                let h = ops::hash_vm(vm, &k)?;
                if d.borrow().get(&k, h).is_some() {
                    return Err(MergeError::Repeated(crate::protocol::repr::str(vm, &k)?));
                }
            }
        }
        let v = crate::protocol::subscript::getitem(vm, src, &k)?;
        crate::protocol::subscript::setitem(vm, target, k, v)?;
    }
    Ok(true)
}

/// `d.update(src)` and `dict(src)`: a mapping (a dict, or anything with
/// `keys()`), else an iterable of pairs.
pub fn dict_update_from(vm: &mut Vm, d: &Value, src: &Value) -> PyResult<()> {
    if let Some(other) = plain_dict_source(src).and_then(Value::as_dict) {
        let entries: Vec<(i64, Value, Value)> = other
            .borrow()
            .iter_hashed()
            .map(|(h, k, v)| (h, k.clone(), v.clone()))
            .collect();
        if let Some(t) = d.as_dict() {
            let mut t = t.borrow_mut();
            for (h, k, v) in entries {
                t.try_insert(k, h, v)?;
            }
        }
        return Ok(());
    }
    let merged = merge_through_keys(vm, d, src, false).map_err(|e| match e {
        MergeError::Raised(e) => e,
        // (Not reported without a callee; kept readable all the same.)
        MergeError::Repeated(key) => {
            PyErr::type_error(format!("got multiple values for keyword argument '{key}'"))
        }
        MergeError::NotAMapping => PyErr::type_error(format!(
            "'{}' object is not a mapping",
            crate::object::types::type_name(src)
        )),
    })?;
    if merged {
        return Ok(());
    }
    let it = crate::protocol::iterate::get_iter(vm, src)?;
    let mut i = 0;
    while let Some(item) = crate::protocol::iterate::next(vm, &it)? {
        let pair = crate::protocol::iterate::collect(vm, &item).map_err(|_| {
            PyErr::type_error(format!(
                "cannot convert dictionary update sequence element #{i} to a sequence"
            ))
        })?;
        if pair.len() != 2 {
            return Err(PyErr::value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut pair = pair.into_iter();
        if let (Some(k), Some(v)) = (pair.next(), pair.next()) {
            dict_set(d, k, v)?;
        }
        i += 1;
    }
    Ok(())
}

/// `DICT_UPDATE` / `DICT_MERGE`: merge a mapping into `target`; for a
/// call's `**` (`callee` given), duplicate keys are an error, and errors
/// name the callee as CPython does.
pub fn dict_merge(
    vm: &mut Vm,
    target: &Value,
    other: &Value,
    callee: Option<&Value>,
) -> PyResult<()> {
    let strict = callee.is_some();
    let name = |vm: &mut Vm| match callee {
        Some(f) => format!("{} ", crate::protocol::repr::function_str(vm, f)),
        None => String::new(),
    };
    match merge_into(vm, target, other, strict) {
        Err(MergeError::NotAMapping) => Err(PyErr::type_error(if strict {
            format!(
                "{}argument after ** must be a mapping, not {}",
                name(vm),
                crate::object::types::type_name(other)
            )
        } else {
            format!(
                "'{}' object is not a mapping",
                crate::object::types::type_name(other)
            )
        })),
        Err(MergeError::Repeated(key)) => Err(PyErr::type_error(format!(
            "{}got multiple values for keyword argument '{key}'",
            name(vm)
        ))),
        Err(MergeError::Raised(e)) => Err(e),
        Ok(()) => Ok(()),
    }
}

/// Why a merge failed.
enum MergeError {
    NotAMapping,
    /// A call's keyword given twice (its `str`).
    Repeated(String),
    Raised(PyErr),
}

impl From<PyErr> for MergeError {
    fn from(e: PyErr) -> MergeError {
        MergeError::Raised(e)
    }
}

fn merge_into(vm: &mut Vm, target: &Value, other: &Value, strict: bool) -> Result<(), MergeError> {
    let Some(src) = plain_dict_source(other).and_then(Value::as_dict) else {
        // Any other mapping: through its `keys()` and `__getitem__`.
        let merged = merge_through_keys(vm, target, other, strict);
        if let Some(t) = target.as_dict() {
            vm.dict_changed(t);
        }
        return if merged? {
            Ok(())
        } else {
            Err(MergeError::NotAMapping)
        };
    };
    let entries: Vec<(i64, Value, Value)> = src
        .borrow()
        .iter_hashed()
        .map(|(h, k, v)| (h, k.clone(), v.clone()))
        .collect();
    let Some(t) = target.as_dict() else {
        return Ok(());
    };
    for (h, k, v) in entries {
        if strict && t.borrow().get(&k, h).is_some() {
            vm.dict_changed(t);
            return Err(MergeError::Repeated(crate::protocol::repr::str(vm, &k)?));
        }
        let old = t.borrow_mut().try_insert(k, h, v);
        if let Err(e) = old {
            vm.dict_changed(t);
            return Err(e.into());
        }
    }
    vm.dict_changed(t);
    Ok(())
}
