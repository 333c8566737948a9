//! `_bisect`: `bisect_left`, `bisect_right`, `insort_left` and
//! `insort_right` in Rust, as CPython's accelerator
//! (`Modules/_bisectmodule.c`) does them: builtins that index the sequence
//! and compare with `<` only, in the same order, with the same argument
//! rules (`lo` non-negative, `hi=None` meaning the length, `key=`).

use super::Namespace;
use crate::builtins::arity::keywords;
use crate::builtins::builtin_table;
use crate::object::error::{PyErr, PyResult};
use crate::object::types;
use crate::object::value::Value;
use crate::object::KwArgs;
use crate::protocol::number::{index_vm, index_vm_opt};
use crate::protocol::ops;
use crate::vm::Vm;

builtin_table! {
    static FUNCTIONS = [
    "bisect_left" => bisect_left,
    "bisect_right" => bisect_right,
    "insort_left" => insort_left,
    "insort_right" => insort_right,
    ];
}

pub(super) fn init(_vm: &mut Vm, ns: &mut Namespace) {
    ns.functions(&FUNCTIONS);
}

/// Which end of a run of equal items the search stops at.
#[derive(Clone, Copy, PartialEq)]
enum Side {
    Left,
    Right,
}

/// The arguments every function takes: `(a, x, lo=0, hi=None, *, key=None)`.
struct Call<'a> {
    a: &'a Value,
    x: &'a Value,
    lo: i64,
    hi: i64,
    key: Option<&'a Value>,
}

fn parse<'a>(vm: &mut Vm, func: &str, args: &'a [Value], kwargs: &'a KwArgs) -> PyResult<Call<'a>> {
    let p = keywords(func, args, kwargs, &["a", "x", "lo", "hi"], &["key"], 2)?;
    let (Some(a), Some(x)) = (p[0], p[1]) else {
        return Err(PyErr::type_error(format!(
            "{func}() missing required argument"
        )));
    };
    let lo = match p[2] {
        Some(v) => index_vm(vm, v)?,
        None => 0,
    };
    let hi = match p[3] {
        None => -1,
        Some(v) if v.is_none() => -1,
        Some(v) => index_vm_opt(vm, v)?.ok_or_else(|| {
            PyErr::type_error(format!(
                "argument should be integer or None, not '{}'",
                types::type_name(v)
            ))
        })?,
    };
    let key = p[4].filter(|k| !k.is_none());
    Ok(Call { a, x, lo, hi, key })
}

/// `PySequence_Size`: a mapping is not a sequence.
fn sequence_len(vm: &mut Vm, a: &Value) -> PyResult<i64> {
    if a.as_dict().is_some() {
        return Err(PyErr::type_error(format!(
            "{} is not a sequence",
            types::type_name(a)
        )));
    }
    crate::builtins::len_vm(vm, a).map(|n| n as i64)
}

/// `PySequence_GetItem`: only sequences index.
fn sequence_item(vm: &mut Vm, a: &Value, i: i64) -> PyResult<Value> {
    use types::TypeKind;
    let sequence = matches!(
        types::type_of(a).kind,
        TypeKind::List | TypeKind::Tuple | TypeKind::Str | TypeKind::Bytes | TypeKind::Range
    ) || crate::protocol::special::lookup_special(a, "__getitem__").is_some();
    if !sequence {
        return Err(PyErr::type_error(format!(
            "'{}' object does not support indexing",
            types::type_name(a)
        )));
    }
    crate::protocol::subscript::getitem(vm, a, &Value::int(i))
}

/// The insertion point of `item` in `c.a[c.lo..c.hi]`.
fn search(vm: &mut Vm, c: &Call, item: &Value, side: Side) -> PyResult<i64> {
    let (mut lo, mut hi) = (c.lo, c.hi);
    if lo < 0 {
        return Err(PyErr::value_error("lo must be non-negative"));
    }
    if hi == -1 {
        hi = sequence_len(vm, c.a)?;
    }
    while lo < hi {
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let mut probe = sequence_item(vm, c.a, mid)?;
        if let Some(key) = c.key {
            probe = vm.call(key, vec![probe], &[])?;
        }
        let go_left = match side {
            Side::Right => ops::less_than(vm, item, &probe)?,
            Side::Left => !ops::less_than(vm, &probe, item)?,
        };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn bisect(vm: &mut Vm, func: &str, args: &[Value], kwargs: &KwArgs, side: Side) -> PyResult<Value> {
    let c = parse(vm, func, args, kwargs)?;
    search(vm, &c, c.x, side).map(Value::int)
}

/// Inserts `x` where the search puts it (its key, with `key=`), through
/// `list.insert` or the sequence's own `insert`.
fn insort(vm: &mut Vm, func: &str, args: &[Value], kwargs: &KwArgs, side: Side) -> PyResult<Value> {
    let c = parse(vm, func, args, kwargs)?;
    let i = match c.key {
        Some(key) => {
            let k = vm.call(key, vec![c.x.clone()], &[])?;
            search(vm, &c, &k, side)?
        }
        None => search(vm, &c, c.x, side)?,
    };
    if let Some(list) = c.a.as_list().filter(|_| types::class_of(c.a).is_none()) {
        let mut l = list.borrow_mut();
        let at = (i.max(0) as usize).min(l.len());
        l.insert(at, c.x.clone());
        return Ok(Value::none());
    }
    let insert = crate::protocol::attr::getattr(vm, c.a, &Value::str("insert"))?;
    vm.call(&insert, vec![Value::int(i), c.x.clone()], &[])?;
    Ok(Value::none())
}

fn bisect_left(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    bisect(vm, "bisect_left", args, kwargs, Side::Left)
}

fn bisect_right(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    bisect(vm, "bisect_right", args, kwargs, Side::Right)
}

fn insort_left(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    insort(vm, "insort_left", args, kwargs, Side::Left)
}

fn insort_right(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    insort(vm, "insort_right", args, kwargs, Side::Right)
}
