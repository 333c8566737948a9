//! `range` methods: `index` and `count` are computed for ints, not walked.

use super::methods::{method_args, no_kw};
use crate::method_table;
use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::{KwArgs, Payload};
use crate::protocol::number::bigint_of;
use crate::protocol::ops;
use crate::vm::Vm;

method_table! {
    /// The methods of `range`.
    pub static RANGE_METHODS = [
    "index" => range_index,
    "count" => range_count,
    ];
}

/// Where an int lies in a range, computed (`range(0, 10**18, 7).index(700)`
/// must not walk the range): `Some(Some(i))` at index `i`, `Some(None)` not
/// in it, `None` when `v` is not an int (the caller then compares each
/// item, as CPython does for `700.0`).
fn range_position(range: &Value, v: &Value) -> Option<Option<i128>> {
    let Some(Payload::Range(r)) = range.payload() else {
        return None;
    };
    let r = *r;
    let is_int =
        v.is_small_int() || matches!(v.payload(), Some(Payload::Int(_) | Payload::Bool(_)));
    if !is_int {
        return None;
    }
    // An int beyond 128 bits is outside every range.
    let Some(x) = bigint_of(v).and_then(|b| num_traits::ToPrimitive::to_i128(&b)) else {
        return Some(None);
    };
    let (start, step) = (r.start, r.step);
    let inside = if step > 0 {
        x >= start && x < r.stop
    } else {
        x <= start && x > r.stop
    };
    let offset = x.checked_sub(start)?;
    Some((inside && offset % step == 0).then(|| offset / step))
}

fn range_index(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("index", kwargs)?;
    let rest = method_args("range.index", args, 1, 1)?;
    match range_position(&args[0], &rest[0]) {
        Some(Some(i)) => Ok(Value::int128(i)),
        Some(None) => {
            let r = crate::protocol::repr::repr(vm, &rest[0])?;
            Err(PyErr::value_error(format!("{r} is not in range")))
        }
        None => {
            // Not an int: compare item by item, without building the range.
            if let Some(Payload::Range(r)) = args[0].payload() {
                let r = *r;
                for i in 0..r.len() {
                    let item = Value::int128(r.item(i));
                    if ops::eq(vm, &item, &rest[0])? {
                        return Ok(Value::int128(i));
                    }
                }
            }
            Err(PyErr::value_error("sequence.index(x): x not in sequence"))
        }
    }
}

fn range_count(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("count", kwargs)?;
    let rest = method_args("range.count", args, 1, 1)?;
    match range_position(&args[0], &rest[0]) {
        Some(found) => Ok(Value::int(found.is_some() as i64)),
        None => {
            let mut n = 0i128;
            if let Some(Payload::Range(r)) = args[0].payload() {
                let r = *r;
                for i in 0..r.len() {
                    if ops::eq(vm, &Value::int128(r.item(i)), &rest[0])? {
                        n += 1;
                    }
                }
            }
            Ok(Value::int128(n))
        }
    }
}
