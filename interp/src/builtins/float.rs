//! `float` methods.

use super::methods::{method_args, no_kw};
use crate::method_table;
use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::KwArgs;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

method_table! {
    /// The methods of `float`.
    pub static FLOAT_METHODS = [
    "is_integer" => is_integer,
    "as_integer_ratio" => float_ratio,
    "conjugate" => super::int::conjugate,
    ];
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
