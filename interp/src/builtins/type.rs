//! `type` methods.

use super::methods::no_kw;
use crate::method_table;
use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::KwArgs;
use crate::vm::Vm;

method_table! {
    /// The methods of `type`.
    pub static TYPE_METHODS = [
    "mro" => mro,
    ];
}

fn mro(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("type.mro", kwargs)?;
    let t = args
        .first()
        .and_then(Value::as_type)
        .ok_or_else(|| PyErr::type_error("descriptor 'mro' requires a 'type' object"))?;
    Ok(Value::list(
        t.mro().into_iter().map(|t| t.value()).collect(),
    ))
}
