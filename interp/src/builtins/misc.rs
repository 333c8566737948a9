//! Methods of tuple, int, float, range, type, generator and exceptions.

use super::methods::{method_args, no_kw};
use crate::builtins::builtin_table;
use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::{KwArgs, Payload};
use crate::protocol::number::bigint_of;
use crate::protocol::ops;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

builtin_table! {
    /// The methods of `tuple`.
    pub static TUPLE_METHODS = [
    "index" => seq_index,
    "count" => seq_count,
    "__new__" => crate::protocol::class::tuple_new,
    ];
}

builtin_table! {
    /// The methods of `range`.
    pub static RANGE_METHODS = [
    "index" => range_index,
    "count" => range_count,
    ];
}

builtin_table! {
    /// The methods of `int`.
    pub static INT_METHODS = [
    "bit_length" => bit_length,
    "bit_count" => bit_count,
    "conjugate" => conjugate,
    "as_integer_ratio" => int_ratio,
    ];
}

builtin_table! {
    /// The methods of `float`.
    pub static FLOAT_METHODS = [
    "is_integer" => is_integer,
    "as_integer_ratio" => float_ratio,
    "conjugate" => conjugate,
    ];
}

builtin_table! {
    /// The methods of `type`.
    pub static TYPE_METHODS = [
    "mro" => mro,
    ];
}

builtin_table! {
    /// The methods of generators.
    pub static GENERATOR_METHODS = [
    "send" => gen_send,
    "throw" => gen_throw,
    "close" => gen_close,
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

fn int_self(args: &[Value]) -> PyResult<BigInt> {
    args.first()
        .and_then(bigint_of)
        .ok_or_else(|| PyErr::type_error("descriptor requires an 'int' object"))
}

fn bit_length(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("int.bit_length", kwargs)?;
    method_args("int.bit_length", args, 0, 0)?;
    Ok(Value::int(int_self(args)?.bits() as i64))
}

fn bit_count(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("int.bit_count", kwargs)?;
    method_args("int.bit_count", args, 0, 0)?;
    let n = int_self(args)?;
    let ones: u64 = n
        .magnitude()
        .iter_u64_digits()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::int(ones as i64))
}

fn conjugate(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("conjugate", kwargs)?;
    method_args("int.conjugate", args, 0, 0)?;
    Ok(crate::protocol::number::int_of(&args[0]))
}

fn int_ratio(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("int.as_integer_ratio", kwargs)?;
    method_args("int.as_integer_ratio", args, 0, 0)?;
    Ok(Value::tuple(vec![
        Value::bigint(int_self(args)?),
        Value::int(1),
    ]))
}

fn float_self(args: &[Value]) -> PyResult<f64> {
    args.first()
        .and_then(Value::as_float)
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'float' object"))
}

fn is_integer(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("float.is_integer", kwargs)?;
    method_args("float.is_integer", args, 0, 0)?;
    let f = float_self(args)?;
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}

fn float_ratio(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("float.as_integer_ratio", kwargs)?;
    method_args("float.as_integer_ratio", args, 0, 0)?;
    let f = float_self(args)?;
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow("cannot convert Infinity to integer ratio"));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 {
        (bits & ((1 << 52) - 1)) << 1
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let mut num = BigInt::from(mant);
    let mut den = BigInt::one();
    let e = exp - 1075;
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    if f < 0.0 {
        num = -num;
    }
    let g = num_integer::Integer::gcd(&num, &den);
    if !g.is_zero() {
        num /= &g;
        den /= &g;
    }
    let _ = num.is_negative();
    Ok(Value::tuple(vec![Value::bigint(num), Value::bigint(den)]))
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

fn gen_send(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("generator.send", kwargs)?;
    let rest = method_args("generator.send", args, 1, 1)?;
    gen_result(vm.send_generator(&args[0], rest[0].clone())?)
}

fn gen_result(r: crate::object::generator::Resumed) -> PyResult<Value> {
    match r {
        crate::object::generator::Resumed::Yielded(v) => Ok(v),
        crate::object::generator::Resumed::Returned(r) => {
            Err(crate::builtins::stop_iteration_with(r))
        }
    }
}

/// `gen.throw(exc)`, `gen.throw(type)` or `gen.throw(type, value)`.
fn gen_throw(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("generator.throw", kwargs)?;
    let rest = method_args("generator.throw", args, 1, 3)?;
    let exc = match rest {
        [ty, value, ..]
            if !value.is_none() && !matches!(value.payload(), Some(Payload::Exception(_))) =>
        {
            vm.call(ty, vec![value.clone()], &[])?
        }
        [_, value, ..] if !value.is_none() => value.clone(),
        [ty, ..] => ty.clone(),
        [] => Value::none(),
    };
    let err = crate::protocol::raise::make_raise(vm, exc, None)?;
    gen_result(crate::vm::generator::throw(vm, &args[0], err)?)
}

fn gen_close(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("generator.close", kwargs)?;
    method_args("generator.close", args, 0, 0)?;
    crate::vm::generator::close(vm, &args[0])?;
    Ok(Value::none())
}

builtin_table! {
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

builtin_table! {
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
