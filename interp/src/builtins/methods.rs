//! Methods of the builtin types, as static tables of immortal builtin
//! objects: `LOAD_METHOD` hands them out without allocating.
//!
//! Every method receives its receiver as `args[0]`.

pub use super::bytes::BYTES_METHODS;
pub use super::dict::{DICT_METHODS, DICT_SET_VIEW_METHODS};
pub use super::float::FLOAT_METHODS;
pub use super::generator::GENERATOR_METHODS;
pub use super::int::INT_METHODS;
pub use super::list::LIST_METHODS;
pub use super::object::{EXCEPTION_METHODS, OBJECT_METHODS};
pub use super::property::PROPERTY_METHODS;
pub use super::r#type::TYPE_METHODS;
pub use super::range::RANGE_METHODS;
pub use super::set::{FROZENSET_METHODS, SET_METHODS};
pub use super::slice::SLICE_METHODS;
pub use super::str::STR_METHODS;
pub use super::tuple::TUPLE_METHODS;

use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;

/// Checks a method's positional argument count (receiver excluded), with
/// CPython's messages.
pub(crate) fn method_args<'a>(
    qual: &str,
    args: &'a [Value],
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    let rest = args.get(1..).unwrap_or(&[]);
    let n = rest.len();
    if n >= min && n <= max {
        return Ok(rest);
    }
    let qual = match args.first() {
        Some(this) => super::arity::qualified(this, qual),
        None => qual.to_owned(),
    };
    Err(super::arity::arity_error(&qual, n, min, max))
}

/// Rejects keyword arguments for a method.
pub(crate) fn no_kw(qual: &str, kwargs: &[(Value, Value)]) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        let short = qual.rsplit('.').next().unwrap_or(qual);
        Err(PyErr::type_error(format!(
            "{short}() takes no keyword arguments"
        )))
    }
}
