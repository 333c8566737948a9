//! `tuple` methods.

use super::methods::{method_args, no_kw};
use crate::method_table;
use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::KwArgs;
use crate::protocol::ops;
use crate::vm::Vm;

method_table! {
    /// The methods of `tuple`.
    pub static TUPLE_METHODS = [
    "index" => seq_index,
    "count" => seq_count,
    "__new__" => crate::protocol::class::tuple_new,
    ];
}

fn seq_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    crate::protocol::iterate::collect(vm, v)
}

fn seq_index(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("index", kwargs)?;
    let rest = method_args("tuple.index", args, 1, 3)?;
    let items = seq_items(vm, &args[0])?;
    let len = items.len() as i64;
    let bound = |v: Option<&Value>, default: i64| -> PyResult<usize> {
        let i = match v {
            Some(v) => crate::protocol::number::index_of(v)?,
            None => default,
        };
        Ok((if i < 0 { (i + len).max(0) } else { i.min(len) }) as usize)
    };
    let start = bound(rest.get(1), 0)?;
    let stop = bound(rest.get(2), len)?.max(start);
    for (i, item) in items[start..stop].iter().enumerate() {
        if item.is(&rest[0]) || ops::eq(vm, item, &rest[0])? {
            return Ok(Value::int((i + start) as i64));
        }
    }
    Err(PyErr::value_error("tuple.index(x): x not in tuple"))
}

fn seq_count(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("count", kwargs)?;
    let rest = method_args("tuple.count", args, 1, 1)?;
    let items = seq_items(vm, &args[0])?;
    let mut n = 0;
    for item in &items {
        if item.is(&rest[0]) || ops::eq(vm, item, &rest[0])? {
            n += 1;
        }
    }
    Ok(Value::int(n))
}
