//! Numeric builtins: `int()`, `float()`, unary operators, `abs`, `round`,
//! `divmod`, `pow`, `hex`/`oct`/`bin`.

use crate::format::{self, float_to_bigint};
use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::KwArgs;
use crate::protocol::format::to_pyerr;
use crate::protocol::number::{bigint_of, index_of, int_of, is_int};
use crate::protocol::ops::{self, BinOp};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

fn int_from_str(vm: &Vm, s: &str, base: u32, original: &Value) -> PyResult<Value> {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    let limit = vm.int_max_str_digits;
    // Only decimal conversions are quadratic, so only they are limited.
    if base == 10 && limit > 0 && digits > limit {
        return Err(PyErr::value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    match format::parse_int(s, base) {
        Some(n) => Ok(Value::bigint(n)),
        None => Err(PyErr::value_error(format!(
            "invalid literal for int() with base {base}: {}",
            match original.as_bytes() {
                Some(b) => crate::format::bytes_repr(b),
                None => crate::protocol::repr::str_repr(original.as_str().unwrap_or(s)),
            }
        ))),
    }
}

/// The text `int()` parses: a str, or bytes read as Latin-1 (only ASCII
/// digits can parse).
fn text_of(x: &Value) -> Option<std::borrow::Cow<'_, str>> {
    if let Some(s) = x.as_str() {
        return Some(std::borrow::Cow::Borrowed(s));
    }
    x.as_bytes()
        .map(|b| std::borrow::Cow::Owned(b.iter().map(|&c| char::from(c)).collect()))
}

/// `int(x)` / `int(x, base)`.
pub fn int_new(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let mut base_arg = args.get(1).cloned();
    for (k, v) in kwargs {
        match k.as_str() {
            Some("base") => base_arg = Some(v.clone()),
            Some(other) => {
                return Err(PyErr::type_error(format!(
                    "'{other}' is an invalid keyword argument for int()"
                )))
            }
            None => {}
        }
    }
    if args.len() > 2 {
        return Err(PyErr::type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let Some(x) = args.first() else {
        if base_arg.is_some() {
            return Err(PyErr::type_error("int() missing string argument"));
        }
        return Ok(Value::int(0));
    };
    if let Some(b) = base_arg {
        let base = b.as_small_int().ok_or_else(|| {
            PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::object::types::type_name(&b)
            ))
        })?;
        if base != 0 && !(2..=36).contains(&base) {
            return Err(PyErr::value_error(
                "int() base must be >= 2 and <= 36, or 0",
            ));
        }
        let Some(s) = text_of(x) else {
            return Err(PyErr::type_error(
                "int() can't convert non-string with explicit base",
            ));
        };
        return int_from_str(vm, &s, base as u32, x);
    }
    if is_int(x) {
        return Ok(int_of(x));
    }
    if let Some(f) = x.as_float() {
        return float_to_bigint(f.trunc())
            .map(Value::bigint)
            .map_err(to_pyerr);
    }
    if let Some(s) = text_of(x) {
        return int_from_str(vm, &s, 10, x);
    }
    // A user class: `__int__`, then `__index__`, then `__trunc__`.
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(r) = crate::protocol::special::call_special(vm, x, name, &[])? {
            if !is_int(&r) {
                return Err(PyErr::type_error(format!(
                    "{name} returned non-int (type {})",
                    crate::object::types::type_name(&r)
                )));
            }
            return Ok(int_of(&r));
        }
    }
    Err(PyErr::type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        crate::object::types::type_name(x)
    )))
}

/// `float(x)`.
pub fn float_new(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(PyErr::type_error("float() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(PyErr::type_error(format!(
            "float expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let Some(x) = args.first() else {
        return Ok(Value::float(0.0));
    };
    if x.is_float() {
        return Ok(x.clone());
    }
    if let Some(f) = ops::number_to_f64(x)? {
        return Ok(Value::float(f));
    }
    if let Some(s) = x.as_str() {
        return format::parse_float(s).map(Value::float).ok_or_else(|| {
            PyErr::value_error(format!(
                "could not convert string to float: {}",
                crate::protocol::repr::str_repr(s)
            ))
        });
    }
    // Bytes spell a float as a str does (ASCII), and are named as bytes.
    if let Some(b) = x.as_bytes() {
        let parsed = std::str::from_utf8(b).ok().and_then(format::parse_float);
        return parsed.map(Value::float).ok_or_else(|| {
            PyErr::value_error(format!(
                "could not convert string to float: {}",
                crate::format::bytes_repr(b)
            ))
        });
    }
    // A user class: `__float__`, else `__index__`.
    if let Some(r) = crate::protocol::special::call_special(vm, x, "__float__", &[])? {
        return match r.as_float() {
            Some(f) => Ok(Value::float(f)),
            None => Err(PyErr::type_error(format!(
                "{}.__float__ returned non-float (type {})",
                crate::object::types::type_name(x),
                crate::object::types::type_name(&r)
            ))),
        };
    }
    if let Some(r) = crate::protocol::special::call_special(vm, x, "__index__", &[])? {
        if let Some(f) = ops::number_to_f64(&r)?.filter(|_| is_int(&r)) {
            return Ok(Value::float(f));
        }
        return Err(PyErr::type_error(format!(
            "__index__ returned non-int (type {})",
            crate::object::types::type_name(&r)
        )));
    }
    Err(PyErr::type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        crate::object::types::type_name(x)
    )))
}

/// `round(x[, ndigits])`.
pub fn round(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let mut nd = args.get(1).cloned();
    for (k, v) in kwargs {
        if k.as_str() == Some("ndigits") {
            nd = Some(v.clone());
        } else {
            return Err(PyErr::type_error(format!(
                "round() got an unexpected keyword argument '{}'",
                k.as_str().unwrap_or("")
            )));
        }
    }
    let Some(x) = args.first() else {
        return Err(PyErr::type_error(
            "round() missing required argument 'number' (pos 1)",
        ));
    };
    if crate::object::types::class_of(x).is_some() {
        // `round(x)` calls `x.__round__()`, `round(x, n)` `x.__round__(n)`.
        let rest: Vec<Value> = nd.iter().cloned().collect();
        return crate::protocol::special::call_special(vm, x, "__round__", &rest)?.ok_or_else(
            || {
                PyErr::type_error(format!(
                    "type {} doesn't define __round__ method",
                    crate::object::types::type_name(x)
                ))
            },
        );
    }
    let nd = nd.filter(|v| !v.is_none());
    if let Some(f) = x.as_float() {
        return match nd {
            None => {
                if f.is_nan() {
                    return Err(PyErr::value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(PyErr::overflow("cannot convert float infinity to integer"));
                }
                let r = f.round_ties_even();
                float_to_bigint(r).map(Value::bigint).map_err(to_pyerr)
            }
            Some(n) => {
                let n = index_of(&n)?;
                crate::protocol::format::round_float(f, n).map(Value::float)
            }
        };
    }
    if let Some(n) = bigint_of(x) {
        let Some(nd) = nd else {
            return Ok(Value::bigint(n));
        };
        let digits = index_of(&nd)?;
        if digits >= 0 {
            return Ok(Value::bigint(n));
        }
        // Round half to even at 10**(-digits).
        let Some(exp) = (-digits).to_u32() else {
            return Ok(Value::int(0));
        };
        let pow = num_traits::pow::Pow::pow(&BigInt::from(10), exp);
        let (q, r) = n.div_mod_floor(&pow);
        let twice: BigInt = &r * 2;
        let q = match twice.cmp(&pow) {
            std::cmp::Ordering::Greater => q + 1,
            std::cmp::Ordering::Equal if q.is_odd() => q + 1,
            _ => q,
        };
        return Ok(Value::bigint(q * pow));
    }
    Err(PyErr::type_error(format!(
        "type {} doesn't define __round__ method",
        crate::object::types::type_name(x)
    )))
}

/// `divmod(a, b)`.
pub fn divmod(_vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if is_int(a) && is_int(b) {
        if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
            if y == 0 {
                return Err(PyErr::zero_division("integer division or modulo by zero"));
            }
            if let Some(q) = ops::int_floordiv(x, y) {
                return Ok(Value::tuple(vec![
                    Value::int(q),
                    Value::int(ops::int_mod(x, y)),
                ]));
            }
        }
        let (x, y) = (
            bigint_of(a).unwrap_or_default(),
            bigint_of(b).unwrap_or_default(),
        );
        if y.is_zero() {
            return Err(PyErr::zero_division("integer division or modulo by zero"));
        }
        let (q, r) = crate::protocol::ops::bigint_divmod_floor(&x, &y);
        return Ok(Value::tuple(vec![Value::bigint(q), Value::bigint(r)]));
    }
    match (ops::number_to_f64(a)?, ops::number_to_f64(b)?) {
        (Some(x), Some(y)) => {
            if y == 0.0 {
                return Err(PyErr::zero_division("float divmod()"));
            }
            let (q, r) = ops::float_divmod(x, y);
            Ok(Value::tuple(vec![Value::float(q), Value::float(r)]))
        }
        _ => Err(PyErr::type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            crate::object::types::type_name(a),
            crate::object::types::type_name(b)
        ))),
    }
}

/// `pow(base, exp[, mod])`.
pub fn pow(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let mut base = args.first().cloned();
    let mut exp = args.get(1).cloned();
    let mut modulus = args.get(2).cloned();
    for (k, v) in kwargs {
        match k.as_str() {
            Some("base") => base = Some(v.clone()),
            Some("exp") => exp = Some(v.clone()),
            Some("mod") => modulus = Some(v.clone()),
            _ => {
                return Err(PyErr::type_error(format!(
                    "pow() got an unexpected keyword argument '{}'",
                    k.as_str().unwrap_or("")
                )))
            }
        }
    }
    let Some(base) = base else {
        return Err(PyErr::type_error(
            "pow() missing required argument 'base' (pos 1)",
        ));
    };
    let Some(exp) = exp else {
        return Err(PyErr::type_error(
            "pow() missing required argument 'exp' (pos 2)",
        ));
    };
    match modulus.filter(|m| !m.is_none()) {
        None => ops::binary_op(vm, BinOp::Pow, &base, &exp),
        // Three-argument `pow` of an instance: only its `__pow__` answers,
        // as CPython's `ternary_op` does for classes; operands with no
        // power at all are unsupported.
        Some(m)
            if crate::object::types::class_of(&base).is_some() || {
                let all = [&base, &exp, &m];
                let any_float = all.iter().any(|v| v.as_float().is_some());
                !any_float && !all.iter().all(|v| is_int(v))
            } =>
        {
            let r = crate::protocol::special::call_special(
                vm,
                &base,
                "__pow__",
                &[exp.clone(), m.clone()],
            )?;
            match r {
                Some(r) if !matches!(r.payload(), Some(crate::object::Payload::NotImplemented)) => {
                    Ok(r)
                }
                _ => Err(PyErr::type_error(format!(
                    "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                    crate::object::types::type_name(&base),
                    crate::object::types::type_name(&exp),
                    crate::object::types::type_name(&m)
                ))),
            }
        }
        Some(m) => {
            let (Some(b), Some(e), Some(m)) = (bigint_of(&base), bigint_of(&exp), bigint_of(&m))
            else {
                return Err(PyErr::type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            };
            if m.is_zero() {
                return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
            }
            let r = if e.is_negative() {
                let inv = mod_inverse(&b, &m).ok_or_else(|| {
                    PyErr::value_error("base is not invertible for the given modulus")
                })?;
                inv.modpow(&(-e), &m.abs())
            } else {
                b.modpow(&e, &m.abs())
            };
            // Python's result takes the sign of the modulus.
            let r = r.mod_floor(&m);
            Ok(Value::bigint(r))
        }
    }
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let g = a.extended_gcd(&m);
    if g.gcd != BigInt::from(1) {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

/// `hex`, `oct`, `bin` of an int.
pub fn radix(v: &Value, radix: u32, prefix: &str) -> PyResult<Value> {
    let Some(n) = bigint_of(v) else {
        return Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            crate::object::types::type_name(v)
        )));
    };
    let digits = n.magnitude().to_str_radix(radix);
    let sign = if n.is_negative() { "-" } else { "" };
    Ok(Value::string(format!("{sign}{prefix}{digits}")))
}
