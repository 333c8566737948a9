//! The special methods that `object` and `BaseException` give every class:
//! what `super().__init__(...)`, `super().__repr__()` or an inherited
//! `__str__` reach once the user-defined classes of an MRO are exhausted.
//!
//! None of them looks up a user-defined special method of the same name,
//! so an override that calls its `super()` version cannot loop.

use super::methods::no_kw;
use crate::method_table;
use crate::object::error::{PyErr, PyResult};
use crate::object::types;
use crate::object::value::Value;
use crate::object::{KwArgs, Payload};
use crate::vm::Vm;

method_table! {
    /// The methods of `object`.
    pub static OBJECT_METHODS = [
    "__init__" => object_init,
    "__new__" => crate::protocol::class::object_new,
    "__setattr__" => object_setattr,
    "__getattribute__" => object_getattribute,
    "__delattr__" => object_delattr,
    "__repr__" => object_repr,
    "__str__" => object_str,
    ];
}

method_table! {
    /// The methods of `BaseException`.
    pub static EXCEPTION_METHODS = [
    "with_traceback" => with_traceback,
    "__init__" => exception_init,
    "__str__" => exception_str,
    "__repr__" => exception_repr,
    ];
}

fn receiver<'a>(name: &str, args: &'a [Value]) -> PyResult<&'a Value> {
    args.first().ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{name}' of 'object' object needs an argument"
        ))
    })
}

/// `object.__init__`: extra arguments are an error only when the class
/// does not define `__init__` itself (CPython's rule for `__new__`-less
/// classes is close enough for `super().__init__()` chains).
fn object_init(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    receiver("__init__", args)?;
    if args.len() > 1 || !kwargs.is_empty() {
        return Err(PyErr::type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    Ok(Value::none())
}

/// `object.__setattr__(self, name, value)`: the default attribute
/// assignment, bypassing a class's own `__setattr__`.
fn object_setattr(vm: &mut Vm, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    let [this, name, v] = args else {
        return crate::builtins::slots::unpack_count(&args[1.min(args.len())..], 2, 2)
            .map(|()| Value::none());
    };
    match types::class_of(this) {
        Some(class) => {
            crate::protocol::class_attr::generic_setattr(vm, this, class, name, v.clone())?
        }
        None => crate::protocol::attr::setattr(vm, this, name, v.clone())?,
    }
    Ok(Value::none())
}

/// `object.__getattribute__(self, name)`.
fn object_getattribute(vm: &mut Vm, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    let [this, name] = args else {
        return Err(PyErr::type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    };
    crate::protocol::attr::generic_getattr(vm, this, name)
}

/// `object.__delattr__(self, name)`.
fn object_delattr(vm: &mut Vm, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    let [this, name] = args else {
        return Err(PyErr::type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    };
    match types::class_of(this) {
        Some(class) => crate::protocol::class_attr::generic_delattr(vm, this, class, name)?,
        None => crate::protocol::attr::delattr(vm, this, name)?,
    }
    Ok(Value::none())
}

fn object_repr(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("object.__repr__", kwargs)?;
    let this = receiver("__repr__", args)?;
    if types::class_of(this).is_some() || matches!(this.payload(), Some(Payload::Instance(_))) {
        return Ok(Value::string(crate::protocol::special::default_repr(this)));
    }
    crate::protocol::repr::repr(vm, this).map(Value::string)
}

/// `object.__str__` is `repr(self)`, which does reach a user `__repr__`.
fn object_str(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("object.__str__", kwargs)?;
    let this = receiver("__str__", args)?;
    if args.len() > 1 {
        // A slot wrapper in CPython.
        return Err(PyErr::type_error(format!(
            "expected 0 arguments, got {}",
            args.len() - 1
        )));
    }
    crate::protocol::repr::repr(vm, this).map(Value::string)
}

fn with_traceback(_vm: &mut Vm, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    Ok(receiver("with_traceback", args)?.clone())
}

/// `BaseException.__init__(self, *args)` sets `args`.
fn exception_init(_vm: &mut Vm, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    let this = receiver("__init__", args)?;
    if let Some(Payload::Exception(e)) = this.payload() {
        let new = Value::tuple(args[1..].to_vec());
        let old = std::mem::replace(&mut e.state.borrow_mut().args, new);
        drop(old);
    }
    Ok(Value::none())
}

fn exception_str(vm: &mut Vm, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    let this = receiver("__str__", args)?;
    crate::protocol::repr::exc_str(vm, this).map(Value::string)
}

fn exception_repr(vm: &mut Vm, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    let this = receiver("__repr__", args)?;
    crate::protocol::repr::exc_repr(vm, this).map(Value::string)
}
