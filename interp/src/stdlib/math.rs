//! The `math` module, with CPython's domain and range errors.

use super::Namespace;
use crate::builtins::{arg_count, builtin_table, no_kwargs, one_arg};
use crate::format::{bigint_to_float, float_to_bigint};
use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::KwArgs;
use crate::protocol::number::{bigint_of, index_of, is_int};
use crate::protocol::ops;
use crate::protocol::special::call_special;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

builtin_table! {
    static FUNCTIONS = [
    "sqrt" => sqrt,
    "exp" => exp,
    "expm1" => expm1,
    "log" => log,
    "log2" => log2,
    "log10" => log10,
    "log1p" => log1p,
    "sin" => sin,
    "cos" => cos,
    "tan" => tan,
    "asin" => asin,
    "acos" => acos,
    "atan" => atan,
    "sinh" => sinh,
    "cosh" => cosh,
    "tanh" => tanh,
    "asinh" => asinh,
    "acosh" => acosh,
    "atanh" => atanh,
    "atan2" => atan2,
    "hypot" => hypot,
    "pow" => pow,
    "fabs" => fabs,
    "fmod" => fmod,
    "copysign" => copysign,
    "floor" => floor,
    "ceil" => ceil,
    "trunc" => trunc,
    "modf" => modf,
    "frexp" => frexp,
    "ldexp" => ldexp,
    "isnan" => isnan,
    "isinf" => isinf,
    "isfinite" => isfinite,
    "isclose" => isclose,
    "degrees" => degrees,
    "radians" => radians,
    "gcd" => gcd,
    "lcm" => lcm,
    "factorial" => factorial,
    "isqrt" => isqrt,
    "comb" => comb,
    "perm" => perm,
    "prod" => prod,
    "fsum" => fsum,
    "dist" => dist,
    "gamma" => gamma,
    "lgamma" => lgamma,
    "erf" => erf,
    "erfc" => erfc,
    "cbrt" => cbrt,
    "exp2" => exp2,
    "nextafter" => nextafter,
    "remainder" => remainder,
    "ulp" => ulp,
    ];
}

pub(super) fn init(_vm: &mut Vm, ns: &mut Namespace) {
    ns.functions(&FUNCTIONS);
    ns.set("pi", Value::float(std::f64::consts::PI));
    ns.set("e", Value::float(std::f64::consts::E));
    ns.set("tau", Value::float(std::f64::consts::TAU));
    ns.set("inf", Value::float(f64::INFINITY));
    ns.set("nan", Value::float(f64::NAN));
}

fn domain() -> PyErr {
    PyErr::value_error("math domain error")
}

fn range() -> PyErr {
    PyErr::overflow("math range error")
}

/// A float argument (ints converted), with CPython's TypeError.
/// A float argument (ints converted, instances through `__float__` or
/// `__index__`), with CPython's TypeError.
fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = ops::number_to_f64(v)? {
        return Ok(f);
    }
    if let Some(r) = call_special(vm, v, "__float__", &[])? {
        return r.as_float().ok_or_else(|| {
            PyErr::type_error(format!(
                "{}.__float__ returned non-float (type {})",
                crate::object::types::type_name(v),
                crate::object::types::type_name(&r)
            ))
        });
    }
    if let Some(r) = call_special(vm, v, "__index__", &[])? {
        if let Some(f) = ops::number_to_f64(&r)? {
            return Ok(f);
        }
    }
    Err(PyErr::type_error(format!(
        "must be real number, not {}",
        crate::object::types::type_name(v)
    )))
}

/// Applies `f` with CPython's libm error convention: NaN from a non-NaN
/// input is a domain error, infinity from a finite input a range error.
fn unary(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let x = float_arg(vm, one_arg(name, args, kwargs)?)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(range());
    }
    Ok(Value::float(r))
}

macro_rules! unary_fns {
    ($($name:ident => $f:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
                unary(vm, args, kwargs, stringify!($name), $f)
            }
        )*
    };
}

unary_fns! {
    exp => f64::exp;
    expm1 => f64::exp_m1;
    sin => f64::sin;
    cos => f64::cos;
    tan => f64::tan;
    asin => f64::asin;
    acos => f64::acos;
    atan => f64::atan;
    sinh => f64::sinh;
    cosh => f64::cosh;
    tanh => f64::tanh;
    asinh => f64::asinh;
    acosh => f64::acosh;
    fabs => f64::abs;
    degrees => f64::to_degrees;
    radians => f64::to_radians;
}

fn atanh(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let x = float_arg(vm, one_arg("atanh", args, kwargs)?)?;
    if x.abs() >= 1.0 {
        return Err(domain());
    }
    Ok(Value::float(x.atanh()))
}

fn sqrt(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let x = float_arg(vm, one_arg("sqrt", args, kwargs)?)?;
    if x < 0.0 {
        return Err(domain());
    }
    Ok(Value::float(x.sqrt()))
}

/// Natural log of any positive int or float, including ints beyond f64.
/// `func(v)` for a logarithm `func`, as CPython's `loghelper`: an int too
/// large for a float is split as `m * 2**e` first, so `log10(10**400)`
/// is `400.0`.
fn log_with(vm: &mut Vm, v: &Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(n) = bigint_of(v) {
        if !n.is_positive() {
            return Err(domain());
        }
        return Ok(match bigint_to_float(&n) {
            Ok(f) => func(f),
            Err(_) => {
                let e = n.bits();
                let top = (&n >> (e - 64)).to_f64().unwrap_or(1.0);
                let m = top / 2f64.powi(64);
                func(m) + func(2.0) * e as f64
            }
        });
    }
    let x = float_arg(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(func(x))
}

fn log(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("log", kwargs)?;
    arg_count("log", args, 1, 2)?;
    let num = log_with(vm, &args[0], f64::ln)?;
    match args.get(1) {
        None => Ok(Value::float(num)),
        Some(b) => {
            let den = log_with(vm, b, f64::ln)?;
            if den == 0.0 {
                return Err(PyErr::zero_division("float division by zero"));
            }
            Ok(Value::float(num / den))
        }
    }
}

fn log2(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg("log2", args, kwargs)?;
    log_with(vm, v, f64::log2).map(Value::float)
}

fn log10(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg("log10", args, kwargs)?;
    log_with(vm, v, f64::log10).map(Value::float)
}

fn log1p(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let x = float_arg(vm, one_arg("log1p", args, kwargs)?)?;
    if x <= -1.0 {
        return Err(domain());
    }
    Ok(Value::float(x.ln_1p()))
}

fn two_floats(vm: &mut Vm, name: &str, args: &[Value], kwargs: &KwArgs) -> PyResult<(f64, f64)> {
    no_kwargs(name, kwargs)?;
    arg_count(name, args, 2, 2)?;
    Ok((float_arg(vm, &args[0])?, float_arg(vm, &args[1])?))
}

fn atan2(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (y, x) = two_floats(vm, "atan2", args, kwargs)?;
    Ok(Value::float(y.atan2(x)))
}

/// `2**e` exactly, for `-1074 <= e <= 1023`.
fn pow2(e: i32) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074).max(0))
    }
}

/// The Euclidean norm, computed as CPython's `vector_norm` does: scale by
/// a power of two, sum the squares exactly in double-length arithmetic, take
/// the root and apply one differential correction.
fn vector_norm(v: &mut [f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for x in v.iter_mut() {
        *x = x.abs();
        found_nan |= x.is_nan();
        if *x > max {
            max = *x;
        }
    }
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let max_e = max.log2().floor() as i32 + 1;
    if max_e < -1023 {
        for x in v.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(v);
    }
    let scale = pow2(-max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    let dl_mul = |x: f64, y: f64| {
        let hi = x * y;
        (hi, x.mul_add(y, -hi))
    };
    let dl_fast_sum = |a: f64, b: f64| {
        let hi = a + b;
        (hi, (a - hi) + b)
    };
    for &x in v.iter() {
        let x = x * scale;
        let (hi, lo) = dl_mul(x, x);
        let (shi, slo) = dl_fast_sum(csum, hi);
        csum = shi;
        frac1 += lo;
        frac2 += slo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = dl_mul(-h, h);
    let (shi, slo) = dl_fast_sum(csum, hi);
    csum = shi;
    frac1 += lo;
    frac2 += slo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

fn hypot(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("hypot", kwargs)?;
    let mut xs: Vec<f64> = args
        .iter()
        .map(|a| float_arg(vm, a))
        .collect::<PyResult<_>>()?;
    Ok(Value::float(vector_norm(&mut xs)))
}

fn pow(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "pow", args, kwargs)?;
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(domain());
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
        return Err(domain());
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range());
    }
    Ok(Value::float(r))
}

fn fmod(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "fmod", args, kwargs)?;
    if y == 0.0 && !x.is_nan() || x.is_infinite() {
        return Err(domain());
    }
    Ok(Value::float(x % y))
}

fn copysign(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "copysign", args, kwargs)?;
    Ok(Value::float(x.copysign(y)))
}

fn to_int(f: f64) -> PyResult<Value> {
    float_to_bigint(f)
        .map(Value::bigint)
        .map_err(crate::protocol::format::to_pyerr)
}

fn floor(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg("floor", args, kwargs)?;
    if is_int(v) {
        return Ok(crate::protocol::number::int_of(v));
    }
    if let Some(r) = call_special(vm, v, "__floor__", &[])? {
        return Ok(r);
    }
    to_int(float_arg(vm, v)?.floor())
}

fn ceil(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg("ceil", args, kwargs)?;
    if is_int(v) {
        return Ok(crate::protocol::number::int_of(v));
    }
    if let Some(r) = call_special(vm, v, "__ceil__", &[])? {
        return Ok(r);
    }
    to_int(float_arg(vm, v)?.ceil())
}

fn trunc(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg("trunc", args, kwargs)?;
    if is_int(v) {
        return Ok(crate::protocol::number::int_of(v));
    }
    if let Some(r) = call_special(vm, v, "__trunc__", &[])? {
        return Ok(r);
    }
    to_int(float_arg(vm, v)?.trunc())
}

fn modf(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let x = float_arg(vm, one_arg("modf", args, kwargs)?)?;
    if x.is_infinite() {
        return Ok(Value::tuple(vec![
            Value::float(0.0f64.copysign(x)),
            Value::float(x),
        ]));
    }
    let int = x.trunc();
    Ok(Value::tuple(vec![
        Value::float((x - int).copysign(x)),
        Value::float(int),
    ]))
}

fn frexp(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let x = float_arg(vm, one_arg("frexp", args, kwargs)?)?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::tuple(vec![Value::float(x), Value::int(0)]));
    }
    let mut e = x.abs().log2().floor() as i32 + 1;
    let mut m = x / 2f64.powi(e);
    // Correct for rounding in log2 at the edges.
    if m.abs() >= 1.0 {
        m /= 2.0;
        e += 1;
    } else if m.abs() < 0.5 {
        m *= 2.0;
        e -= 1;
    }
    Ok(Value::tuple(vec![Value::float(m), Value::int(e as i64)]))
}

fn ldexp(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("ldexp", kwargs)?;
    arg_count("ldexp", args, 2, 2)?;
    let x = float_arg(vm, &args[0])?;
    let e = index_of(&args[1])?.clamp(-20000, 20000) as i32;
    let mut r = x;
    let mut left = e;
    while left != 0 && r != 0.0 && r.is_finite() {
        let step = left.clamp(-1000, 1000);
        r *= pow2(step);
        left -= step;
    }
    if r.is_infinite() && x.is_finite() {
        return Err(range());
    }
    Ok(Value::float(r))
}

fn isnan(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    Ok(Value::bool(
        float_arg(vm, one_arg("isnan", args, kwargs)?)?.is_nan(),
    ))
}

fn isinf(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    Ok(Value::bool(
        float_arg(vm, one_arg("isinf", args, kwargs)?)?.is_infinite(),
    ))
}

fn isfinite(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    Ok(Value::bool(
        float_arg(vm, one_arg("isfinite", args, kwargs)?)?.is_finite(),
    ))
}

fn isclose(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    arg_count("isclose", args, 2, 2)?;
    let a = float_arg(vm, &args[0])?;
    let b = float_arg(vm, &args[1])?;
    let mut rel = 1e-9;
    let mut abs = 0.0;
    for (k, v) in kwargs {
        match k.as_str() {
            Some("rel_tol") => rel = float_arg(vm, v)?,
            Some("abs_tol") => abs = float_arg(vm, v)?,
            _ => {
                return Err(PyErr::type_error(format!(
                    "isclose() got an unexpected keyword argument '{}'",
                    k.as_str().unwrap_or("")
                )))
            }
        }
    }
    if rel < 0.0 || abs < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

fn int_arg(v: &Value) -> PyResult<BigInt> {
    bigint_of(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            crate::object::types::type_name(v)
        ))
    })
}

fn gcd(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("gcd", kwargs)?;
    let mut g = BigInt::zero();
    for a in args {
        g = g.gcd(&int_arg(a)?);
    }
    Ok(Value::bigint(g))
}

fn lcm(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("lcm", kwargs)?;
    let mut l = BigInt::one();
    for a in args {
        let n = int_arg(a)?;
        if n.is_zero() {
            return Ok(Value::int(0));
        }
        l = l.lcm(&n);
    }
    Ok(Value::bigint(l.abs()))
}

fn factorial(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg("factorial", args, kwargs)?;
    if v.is_float() {
        return Err(PyErr::type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = index_of(v)?;
    if n < 0 {
        return Err(PyErr::value_error(
            "factorial() not defined for negative values",
        ));
    }
    if n > 1_000_000 {
        return Err(PyErr::overflow(
            "factorial() argument should not exceed 1000000",
        ));
    }
    let mut acc = BigInt::one();
    let mut small: u64 = 1;
    for i in 2..=n as u64 {
        match small.checked_mul(i) {
            Some(s) => small = s,
            None => {
                acc *= small;
                small = i;
            }
        }
    }
    acc *= small;
    Ok(Value::bigint(acc))
}

fn isqrt(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg("isqrt", args, kwargs)?;
    let n = int_arg(v)?;
    if n.is_negative() {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::bigint(n.sqrt()))
}

fn comb_perm(args: &[Value], kwargs: &KwArgs, name: &str, is_comb: bool) -> PyResult<Value> {
    no_kwargs(name, kwargs)?;
    arg_count(name, args, 1, 2)?;
    let n = int_arg(&args[0])?;
    let k = match args.get(1) {
        Some(k) if !k.is_none() => int_arg(k)?,
        _ if !is_comb => n.clone(),
        _ => {
            return Err(PyErr::type_error(format!(
                "{name} expected 2 arguments, got 1"
            )))
        }
    };
    if n.is_negative() {
        return Err(PyErr::value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(PyErr::value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::int(0));
    }
    let k = if is_comb {
        let other = &n - &k;
        if other < k {
            other
        } else {
            k
        }
    } else {
        k
    };
    let Some(k) = k.to_u64() else {
        return Err(PyErr::overflow(format!("{name}() result too large")));
    };
    let mut num = BigInt::one();
    let mut den = BigInt::one();
    for i in 0..k {
        num *= &n - i;
        if is_comb {
            den *= i + 1;
        }
    }
    Ok(Value::bigint(num / den))
}

fn comb(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    comb_perm(args, kwargs, "comb", true)
}

fn perm(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    comb_perm(args, kwargs, "perm", false)
}

fn prod(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    arg_count("prod", args, 1, 1)?;
    let mut acc = crate::builtins::kwarg(kwargs, "start")
        .cloned()
        .unwrap_or_else(|| Value::int(1));
    let items = crate::protocol::iterate::collect(vm, &args[0])?;
    for x in items {
        acc = ops::binary_op(vm, ops::BinOp::Mul, &acc, &x)?;
    }
    Ok(acc)
}

/// Shewchuk's exactly rounded sum, as CPython's `math.fsum`.
fn fsum(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg("fsum", args, kwargs)?;
    let items = crate::protocol::iterate::collect(vm, v)?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    for item in &items {
        let mut x = float_arg(vm, item)?;
        if !x.is_finite() {
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 || special.is_nan() {
        if special.is_nan() {
            return Err(PyErr::value_error("-inf + inf in fsum"));
        }
        return Ok(Value::float(special));
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            n -= 1;
            let x = hi;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::float(hi))
}

fn dist(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("dist", kwargs)?;
    arg_count("dist", args, 2, 2)?;
    let p = crate::protocol::iterate::collect(vm, &args[0])?;
    let q = crate::protocol::iterate::collect(vm, &args[1])?;
    if p.len() != q.len() {
        return Err(PyErr::value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(&q) {
        diffs.push(float_arg(vm, a)? - float_arg(vm, b)?);
    }
    Ok(Value::float(vector_norm(&mut diffs)))
}

/// What a special function's C-style result means for Python: a domain
/// error (`ValueError`), a range error (`OverflowError`) or a value.
pub(super) enum Special {
    Domain,
    Range,
    Value(f64),
}

fn special_result(r: Special) -> PyResult<Value> {
    match r {
        Special::Domain => Err(domain()),
        Special::Range => Err(range()),
        Special::Value(v) => Ok(Value::float(v)),
    }
}

fn gamma(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let x = float_arg(vm, one_arg("gamma", args, kwargs)?)?;
    special_result(super::math_special::tgamma(x))
}

fn lgamma(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let x = float_arg(vm, one_arg("lgamma", args, kwargs)?)?;
    special_result(super::math_special::lgamma(x))
}

/// The C library's math functions that CPython 3.11 calls as they are
/// (libm is linked into every Rust program on the platforms Coral runs on).
mod c {
    extern "C" {
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        // By its `_Float64` name: Rust's runtime defines a `cbrt` of its
        // own, which the linker would pick and which rounds differently.
        #[link_name = "cbrtf64"]
        pub fn cbrt(x: f64) -> f64;
        pub fn exp2(x: f64) -> f64;
        pub fn nextafter(x: f64, y: f64) -> f64;
        pub fn remainder(x: f64, y: f64) -> f64;
    }
}

/// A C library function of one double (the ones CPython 3.11 takes from
/// libm as they are).
fn libm1(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
    f: unsafe extern "C" fn(f64) -> f64,
) -> PyResult<Value> {
    let x = float_arg(vm, one_arg(name, args, kwargs)?)?;
    // SAFETY: a pure C math function of one double; no pointers involved.
    let r = unsafe { f(x) };
    if r.is_infinite() && x.is_finite() {
        return Err(range());
    }
    Ok(Value::float(r))
}

fn erf(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    libm1(vm, args, kwargs, "erf", c::erf)
}

fn erfc(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    libm1(vm, args, kwargs, "erfc", c::erfc)
}

fn cbrt(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    libm1(vm, args, kwargs, "cbrt", c::cbrt)
}

fn exp2(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    libm1(vm, args, kwargs, "exp2", c::exp2)
}

fn nextafter(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "nextafter", args, kwargs)?;
    // SAFETY: a pure C math function of two doubles.
    Ok(Value::float(unsafe { c::nextafter(x, y) }))
}

/// `math.remainder`: IEEE 754's remainder, exact; an infinite `x` or a
/// zero `y` is a domain error.
fn remainder(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "remainder", args, kwargs)?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain());
    }
    // SAFETY: a pure C math function of two doubles.
    Ok(Value::float(unsafe { c::remainder(x, y) }))
}

/// `math.ulp`: the gap from `|x|` to the next float away from zero (to
/// the one below, for the largest float).
fn ulp(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let x = float_arg(vm, one_arg("ulp", args, kwargs)?)?;
    if x.is_nan() {
        return Ok(Value::float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::float(x));
    }
    // SAFETY: pure C math functions of two doubles.
    let up = unsafe { c::nextafter(x, f64::INFINITY) };
    if up.is_infinite() {
        // SAFETY: as above.
        let down = unsafe { c::nextafter(x, f64::NEG_INFINITY) };
        return Ok(Value::float(x - down));
    }
    Ok(Value::float(up - x))
}
