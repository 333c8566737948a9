//! `int` methods.

use super::methods::{method_args, no_kw};
use crate::builtins::builtin_table;
use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::KwArgs;
use crate::protocol::number::bigint_of;
use crate::vm::Vm;
use num_bigint::BigInt;

builtin_table! {
    /// The methods of `int`.
    pub static INT_METHODS = [
    "bit_length" => bit_length,
    "bit_count" => bit_count,
    "conjugate" => conjugate,
    "as_integer_ratio" => int_ratio,
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
