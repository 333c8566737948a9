//! `slice` methods.

use super::methods::{method_args, no_kw};
use crate::method_table;
use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::{KwArgs, Payload};
use crate::vm::Vm;

method_table! {
    /// The methods of `slice`.
    pub static SLICE_METHODS = [
    "indices" => slice_indices,
    ];
}

/// `slice.indices(length)`: `(start, stop, step)` clipped to a sequence of
/// that length.
fn slice_indices(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("slice.indices", kwargs)?;
    let rest = method_args("slice.indices", args, 1, 1)?;
    let Some(Payload::Slice(s)) = args[0].payload() else {
        return Err(PyErr::type_error(
            "descriptor 'indices' requires a 'slice' object",
        ));
    };
    let n = crate::protocol::number::index_of(&rest[0])?;
    if n < 0 {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let r = crate::protocol::subscript::slice_indices(&s.start, &s.stop, &s.step, n as usize)?;
    Ok(Value::tuple(vec![
        Value::int(r.start),
        Value::int(r.stop),
        Value::int(r.step),
    ]))
}
