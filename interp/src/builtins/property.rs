//! `property` methods: `getter`, `setter` and `deleter` make a copy with one accessor replaced.

use super::methods::{method_args, no_kw};
use crate::method_table;
use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::KwArgs;
use crate::vm::Vm;

method_table! {
    /// The methods of `property`.
    pub static PROPERTY_METHODS = [
    "getter" => property_getter,
    "setter" => property_setter,
    "deleter" => property_deleter,
    ];
}

/// A copy of the property in `args[0]` with one accessor replaced.
fn property_with(args: &[Value], kwargs: &KwArgs, which: &str) -> PyResult<Value> {
    no_kw(which, kwargs)?;
    let rest = method_args(which, args, 1, 1)?;
    let Some(crate::object::Payload::Property(p)) = args[0].payload() else {
        return Err(PyErr::type_error(format!(
            "descriptor '{which}' requires a 'property' object"
        )));
    };
    let f = rest[0].clone();
    let mut new = crate::object::PropertyObj {
        fget: p.fget.clone(),
        fset: p.fset.clone(),
        fdel: p.fdel.clone(),
        doc: p.doc.clone(),
    };
    match which {
        "property.getter" => new.fget = f,
        "property.setter" => new.fset = f,
        _ => new.fdel = f,
    }
    Ok(crate::object::Obj::alloc(crate::object::Payload::Property(
        Box::new(new),
    )))
}

fn property_getter(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    property_with(args, kwargs, "property.getter")
}

fn property_setter(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    property_with(args, kwargs, "property.setter")
}

fn property_deleter(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    property_with(args, kwargs, "property.deleter")
}
