//! `int` methods.

use super::methods::{method_args, no_kw};
use crate::method_table;
use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::KwArgs;
use crate::protocol::number::bigint_of;
use crate::vm::Vm;
use num_bigint::BigInt;

method_table! {
    /// The methods of `int`.
    pub static INT_METHODS = [
    "bit_length" => bit_length,
    "bit_count" => bit_count,
    "conjugate" => conjugate,
    "as_integer_ratio" => int_ratio,
    "to_bytes" => to_bytes,
    "from_bytes" => from_bytes as ClassMethod,
    ];
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

pub(super) fn conjugate(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
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

/// `byteorder`: true for big-endian.
fn big_endian(v: Option<&Value>, func: &str) -> PyResult<bool> {
    match v {
        None => Ok(true),
        Some(v) => match v.as_str() {
            Some("big") => Ok(true),
            Some("little") => Ok(false),
            Some(_) => Err(PyErr::value_error(
                "byteorder must be either 'little' or 'big'",
            )),
            None => Err(PyErr::type_error(format!(
                "{func}() argument 'byteorder' must be str, not {}",
                crate::object::types::type_name(v)
            ))),
        },
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let n = int_self(args)?;
    let a = super::arity::keywords(
        "to_bytes",
        args.get(1..).unwrap_or(&[]),
        kwargs,
        &["length", "byteorder"],
        &["signed"],
        0,
    )?;
    let length = match a[0] {
        Some(v) => crate::protocol::number::index_of(v)?,
        None => 1,
    };
    if length < 0 {
        return Err(PyErr::value_error("length argument must be non-negative"));
    }
    let big = big_endian(a[1], "to_bytes")?;
    let signed = a[2].is_some_and(crate::protocol::ops::truthy);
    if !signed && n.sign() == num_bigint::Sign::Minus {
        return Err(PyErr::overflow("can't convert negative int to unsigned"));
    }
    let mut le = n.to_signed_bytes_le();
    // Two's complement bytes may carry a sign byte an unsigned value drops.
    if !signed {
        while le.len() > 1 && le.last() == Some(&0) {
            le.pop();
        }
        if n.sign() == num_bigint::Sign::NoSign {
            le.clear();
        }
    } else if n.sign() == num_bigint::Sign::NoSign {
        le.clear();
    }
    let length = length as usize;
    if le.len() > length {
        return Err(PyErr::overflow("int too big to convert"));
    }
    let fill = if n.sign() == num_bigint::Sign::Minus {
        0xff
    } else {
        0
    };
    let mut out = crate::object::alloc::filled_vec(fill, length)?;
    out[..le.len()].copy_from_slice(&le);
    if big {
        out.reverse();
    }
    Ok(Value::bytes(out))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`; reached
/// through the type (`int.from_bytes(b)`) or an instance, so the receiver
/// is optional.
fn from_bytes(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (cls, rest) = args
        .split_first()
        .ok_or_else(|| PyErr::type_error("descriptor 'from_bytes' needs a class"))?;
    let a = super::arity::keywords(
        "from_bytes",
        rest,
        kwargs,
        &["bytes", "byteorder"],
        &["signed"],
        0,
    )?;
    let Some(src) = a[0] else {
        return Err(PyErr::type_error(
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    };
    let big = big_endian(a[1], "from_bytes")?;
    let signed = a[2].is_some_and(crate::protocol::ops::truthy);
    let owned;
    let data: &[u8] = match src.as_bytes() {
        Some(b) => b,
        None => {
            owned = crate::builtins::bytes::new(vm, std::slice::from_ref(src), &[])?;
            owned.as_bytes().unwrap_or(&[])
        }
    };
    let n = match (big, signed) {
        (true, true) => BigInt::from_signed_bytes_be(data),
        (true, false) => BigInt::from_bytes_be(num_bigint::Sign::Plus, data),
        (false, true) => BigInt::from_signed_bytes_le(data),
        (false, false) => BigInt::from_bytes_le(num_bigint::Sign::Plus, data),
    };
    crate::builtins::of_class(vm, cls, &crate::object::types::INT, Value::bigint(n))
}
