//! The writable special attributes of functions: `__code__`,
//! `__defaults__`, `__kwdefaults__` and `__annotations__`.
//!
//! They change what a call does, so an executor that relied on a function
//! (an optimizer that inlined it, or specialized a call for its defaults)
//! declares it with `HotSpot::depend_on`, and every assignment here tells
//! the VM, which invalidates those executors ([`crate::tier2`]). Frames
//! already running the old code keep it: the function's `CodeSlot` keeps
//! every code it held.

use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::{Function, Payload};
use crate::vm::Vm;

/// The names handled here.
pub fn is_special(name: &str) -> bool {
    matches!(
        name,
        "__code__" | "__defaults__" | "__kwdefaults__" | "__annotations__"
    )
}

/// `f.__annotations__`: the dict, made (and kept) on first read of a
/// function defined without annotations.
pub fn annotations(f: &Function) -> Value {
    let mut a = f.annotations.borrow_mut();
    if a.is_none() {
        *a = Value::dict(crate::object::DictTable::new());
    }
    a.clone()
}

/// `f.__defaults__`: the tuple, or None.
pub fn defaults(f: &Function) -> Value {
    f.defaults.borrow().clone()
}

/// `f.__kwdefaults__`: the dict, or None.
pub fn kwdefaults(f: &Function) -> Value {
    f.kwdefaults.borrow().clone()
}

/// `f.name = v` for one of the special names (`v` None for `del`).
pub fn set(vm: &mut Vm, f: &Function, name: &str, v: Value) -> PyResult<()> {
    let slot = match name {
        "__code__" => {
            set_code(f, &v)?;
            None
        }
        "__defaults__" if v.is_none() || v.as_tuple().is_some() => Some(&f.defaults),
        "__defaults__" => {
            return Err(PyErr::type_error(
                "__defaults__ must be set to a tuple object",
            ))
        }
        "__kwdefaults__" if v.is_none() || v.as_dict().is_some() => Some(&f.kwdefaults),
        "__kwdefaults__" => {
            return Err(PyErr::type_error(
                "__kwdefaults__ must be set to a dict object",
            ))
        }
        // Annotations never change what a call does.
        "__annotations__" if v.is_none() || v.as_dict().is_some() => {
            let old = f.annotations.replace(v);
            drop(old);
            return Ok(());
        }
        "__annotations__" => {
            return Err(PyErr::type_error(
                "__annotations__ must be set to a dict object",
            ))
        }
        _ => {
            return Err(PyErr::attribute_error(format!(
                "'function' object has no attribute '{name}'"
            )))
        }
    };
    if let Some(slot) = slot {
        // The old value is dropped after the borrow ends.
        let old = slot.replace(v);
        drop(old);
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
