//! The writable special attributes of functions: `__code__`,
//! `__defaults__` and `__kwdefaults__`.
//!
//! They change what a call does, so an executor that relied on a function
//! (an optimizer that inlined it, or specialized a call for its defaults)
//! declares it with `HotSpot::depend_on`, and every assignment here tells
//! the VM, which invalidates those executors ([`crate::tier2`]). Frames
//! already running the old code keep it: the function's `CodeSlot` keeps
//! every code it held.

use crate::error::{PyErr, PyResult};
use crate::object::{Function, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// The names handled here.
pub fn is_special(name: &str) -> bool {
    matches!(name, "__code__" | "__defaults__" | "__kwdefaults__")
}

/// `f.__defaults__`: a tuple, or None.
pub fn defaults(f: &Function) -> Value {
    let d = f.defaults.borrow();
    if d.is_empty() && !f.empty_defaults_tuple.get() {
        Value::none()
    } else {
        Value::tuple(d.clone())
    }
}

/// `f.__kwdefaults__`: a new dict, or None.
pub fn kwdefaults(f: &Function) -> Value {
    let kw = f.kwdefaults.borrow();
    if kw.is_empty() {
        return Value::none();
    }
    let mut d = crate::object::DictTable::new();
    for (k, v) in kw.iter() {
        if let Some(s) = k.as_str() {
            d.insert(k.clone(), crate::object::str::str_hash(s), v.clone());
        }
    }
    Value::dict(d)
}

/// `f.name = v` for one of the special names (`v` None for `del`).
pub fn set(vm: &mut Vm, f: &Function, name: &str, v: Value) -> PyResult<()> {
    match name {
        "__code__" => set_code(f, &v)?,
        "__defaults__" => {
            let new = if v.is_none() {
                Vec::new()
            } else {
                v.as_tuple().map(<[Value]>::to_vec).ok_or_else(|| {
                    PyErr::type_error("__defaults__ must be set to a tuple object")
                })?
            };
            f.empty_defaults_tuple.set(new.is_empty() && !v.is_none());
            // Dropped after the borrow ends.
            let old = std::mem::replace(&mut *f.defaults.borrow_mut(), new);
            drop(old);
        }
        "__kwdefaults__" => {
            let new = if v.is_none() {
                Vec::new()
            } else {
                let d = v.as_dict().ok_or_else(|| {
                    PyErr::type_error("__kwdefaults__ must be set to a dict object")
                })?;
                let pairs: Vec<(Value, Value)> = d
                    .borrow()
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                pairs
            };
            // Dropped after the borrow ends.
            let old = std::mem::replace(&mut *f.kwdefaults.borrow_mut(), new);
            drop(old);
        }
        _ => {
            return Err(PyErr::attribute_error(format!(
                "'function' object has no attribute '{name}'"
            )))
        }
    }
    vm.function_changed(f);
    Ok(())
}

/// `f.__code__ = v`: a code object with as many free variables as `f` has
/// closure cells (CPython's rule and messages).
fn set_code(f: &Function, v: &Value) -> PyResult<()> {
    let Some(Payload::Code(code)) = v.payload() else {
        return Err(PyErr::type_error("__code__ must be set to a code object"));
    };
    let (want, got) = (f.closure.len(), code.code.freevars.len());
    if want != got {
        return Err(PyErr::value_error(format!(
            "{}() requires a code object with {want} free vars, not {got}",
            f.name.as_str().unwrap_or("?")
        )));
    }
    f.code.replace(code.clone());
    Ok(())
}
