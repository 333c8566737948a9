//! Binary arithmetic with CPython's semantics: ints that grow without bound,
//! floor division and modulo that round toward negative infinity, floats
//! with CPython's special cases, and the sequence/set/dict operators.

use super::BinOp;
use crate::format::{bigint_to_float, int_true_divide};
use crate::object::alloc::{self, string_with_capacity, vec_with_capacity};
use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::{Obj, Payload, SetTable};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::borrow::Cow;

/// Largest result, in bits, that `**` and `<<` will try to build.
const MAX_INT_BITS: u64 = 1 << 33;
/// Largest sequence a repetition may create.
const MAX_REPEAT_ITEMS: u128 = 1 << 34;

/// An int or float operand; small ints stay machine words.
enum Num<'a> {
    Small(i64),
    Big(Cow<'a, BigInt>),
    Float(f64),
}

impl Num<'_> {
    fn big(&self) -> Cow<'_, BigInt> {
        match self {
            Num::Small(i) => Cow::Owned(BigInt::from(*i)),
            Num::Big(b) => Cow::Borrowed(&**b),
            Num::Float(_) => Cow::Owned(BigInt::default()),
        }
    }

    fn small(&self) -> Option<i64> {
        match self {
            Num::Small(i) => Some(*i),
            _ => None,
        }
    }
}

fn as_num(v: &Value) -> Option<Num<'_>> {
    if let Some(i) = v.as_small_int() {
        return Some(Num::Small(i));
    }
    if v.is_float() {
        return Some(Num::Float(f64::from_bits(v.bits())));
    }
    match v.payload()? {
        Payload::Float(f) => Some(Num::Float(*f)),
        // Boxed ints that fit a machine word (2^49..2^63) compute as words.
        Payload::Int(n) => Some(match n.to_i64() {
            Some(i) => Num::Small(i),
            None => Num::Big(n.to_bigint()),
        }),
        Payload::Bool(b) => Some(Num::Small(*b as i64)),
        _ => None,
    }
}

/// An int value's float, raising `OverflowError` when it is too large.
pub fn number_to_f64(v: &Value) -> PyResult<Option<f64>> {
    match as_num(v) {
        Some(n) => num_f64(n).map(Some),
        None => Ok(None),
    }
}

/// Applies a binary operator to any two values.
pub fn binary_op(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    // Ints of up to 127 bits (64-bit hashing and random-number code) compute
    // as 128-bit machine words before anything else is looked at.
    if let (Some(x), Some(y)) = (as_i128(a), as_i128(b)) {
        if let Some(v) = i128_op(op.base(), x, y) {
            return Ok(v);
        }
    }
    if crate::protocol::special::involves_class(a, b) {
        // `dict |= x` is the dict's own: any mapping or iterable of pairs,
        // never `x.__ror__` (CPython's `dict_ior` does not give way).
        if op == BinOp::IOr && matches!(a.payload(), Some(Payload::Dict(_))) {
            crate::protocol::merge::dict_update_from(vm, a, b)?;
            return Ok(a.clone());
        }
        if op.base() == BinOp::Mod {
            if let Some(Payload::Str(fmt)) = a.payload() {
                // `str % x` formats whatever `x` is: str's own `__mod__`
                // answers first and never returns NotImplemented, so an
                // instance's `__rmod__` is not consulted.
                let fmt = fmt.as_str().to_owned();
                return crate::protocol::format::percent_format(vm, &fmt, b).map(Value::string);
            }
        }
        if let Some(r) = crate::protocol::special::binary_op(vm, op, a, b)? {
            return Ok(r);
        }
        if crate::object::types::class_of(a).is_some()
            && crate::protocol::class::builtin_data(a).is_none()
            || crate::object::types::class_of(b).is_some()
                && crate::protocol::class::builtin_data(b).is_none()
        {
            return Err(unsupported(op, a, b));
        }
        // A `list`, `dict` or `tuple` subclass without the operator: the
        // builtin operation on its data.
        let x = crate::protocol::class::builtin_data(a).unwrap_or(a).clone();
        let y = crate::protocol::class::builtin_data(b).unwrap_or(b).clone();
        let r = binary_op(vm, op, &x, &y).map_err(|e| {
            // The operands are named by their own classes, not the data's.
            if is_error_for(&e, &unsupported(op, &x, &y)) {
                unsupported(op, a, b)
            } else {
                e
            }
        })?;
        // `m += [2]` on a `list` subclass instance keeps `m` itself.
        return Ok(if op.is_inplace() && r.is(&x) {
            a.clone()
        } else {
            r
        });
    }
    if let (Some(x), Some(y)) = (a.as_bool(), b.as_bool()) {
        match op.base() {
            BinOp::And => return Ok(Value::bool(x & y)),
            BinOp::Or => return Ok(Value::bool(x | y)),
            BinOp::Xor => return Ok(Value::bool(x ^ y)),
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return match (x, y) {
            (x @ (Num::Small(_) | Num::Big(_)), y @ (Num::Small(_) | Num::Big(_))) => {
                int_op(op.base(), &x, &y)
            }
            _ if !matches!(
                op.base(),
                BinOp::Add
                    | BinOp::Sub
                    | BinOp::Mul
                    | BinOp::TrueDiv
                    | BinOp::FloorDiv
                    | BinOp::Mod
                    | BinOp::Pow
            ) =>
            {
                Err(unsupported(op, a, b))
            }
            (x, y) => {
                let fx = num_f64(x)?;
                let fy = num_f64(y)?;
                float_op(op.base(), fx, fy)
            }
        };
    }
    if let Some(r) = super::view_set::binary_op(vm, op, a, b)? {
        return Ok(r);
    }
    sequence_op(vm, op, a, b)
}

/// True if `e` is the same exception as `expected`: type and message.
fn is_error_for(e: &PyErr, expected: &PyErr) -> bool {
    let first = |e: &PyErr| {
        let args = e.exc().state.borrow().args.clone();
        args.as_tuple()
            .and_then(|t| t.first())
            .and_then(|m| m.as_str().map(str::to_owned))
    };
    std::ptr::eq(e.exc().ty, expected.exc().ty) && first(e) == first(expected)
}

fn num_f64(n: Num) -> PyResult<f64> {
    match n {
        Num::Float(f) => Ok(f),
        Num::Small(i) => Ok(i as f64),
        Num::Big(n) => bigint_to_float(&n).map_err(crate::protocol::format::to_pyerr),
    }
}

fn unsupported(op: BinOp, a: &Value, b: &Value) -> PyErr {
    let sym = match op {
        BinOp::Pow => "** or pow()",
        other => other.symbol(),
    };
    PyErr::type_error(format!(
        "unsupported operand type(s) for {sym}: '{}' and '{}'",
        crate::object::types::type_name(a),
        crate::object::types::type_name(b)
    ))
}

/// `a // b` for machine ints (`b != 0`), None on overflow.
#[inline(always)]
pub fn int_floordiv(a: i64, b: i64) -> Option<i64> {
    let q = a.checked_div(b)?;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

/// `a % b` for machine ints (`b != 0`).
#[inline(always)]
pub fn int_mod(a: i64, b: i64) -> i64 {
    let r = a.wrapping_rem(b);
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

/// An int operand as an `i128`: inline ints, and boxed ints that fit.
#[inline]
fn as_i128(v: &Value) -> Option<i128> {
    if let Some(i) = v.as_small_int() {
        return Some(i128::from(i));
    }
    match v.payload()? {
        Payload::Int(n) => n.to_i128(),
        _ => None,
    }
}

/// `x op y` in 128-bit arithmetic; `None` when the result (or the operation)
/// needs the big-int path: overflow, a zero divisor (for its error), `**`,
/// `/`, or a shift out of range.
fn i128_op(op: BinOp, x: i128, y: i128) -> Option<Value> {
    let r = match op {
        BinOp::Add => x.checked_add(y)?,
        BinOp::Sub => x.checked_sub(y)?,
        BinOp::Mul => x.checked_mul(y)?,
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::RShift if y >= 0 => x >> y.min(127),
        BinOp::LShift if (0..127).contains(&y) => {
            let r = x << y;
            if r >> y != x {
                return None;
            }
            r
        }
        BinOp::FloorDiv if y != 0 => {
            let q = x.checked_div(y)?;
            if x % y != 0 && (x < 0) != (y < 0) {
                q - 1
            } else {
                q
            }
        }
        BinOp::Mod if y != 0 => {
            let m = x.checked_rem(y)?;
            if m != 0 && (m < 0) != (y < 0) {
                m + y
            } else {
                m
            }
        }
        _ => return None,
    };
    Some(Value::int128(r))
}

fn int_op(op: BinOp, xn: &Num, yn: &Num) -> PyResult<Value> {
    if let (Some(a), Some(b)) = (xn.small(), yn.small()) {
        if let Some(v) = small_int_op(op, a, b)? {
            return Ok(v);
        }
    }
    // A big int with a machine int: num-bigint's scalar arithmetic avoids
    // converting the small side (pidigits-style code lives here).
    match (op, xn, yn) {
        (BinOp::Add, Num::Big(x), Num::Small(b)) | (BinOp::Add, Num::Small(b), Num::Big(x)) => {
            return Ok(Value::bigint(&**x + *b))
        }
        (BinOp::Sub, Num::Big(x), Num::Small(b)) => return Ok(Value::bigint(&**x - *b)),
        (BinOp::Mul, Num::Big(x), Num::Small(b)) | (BinOp::Mul, Num::Small(b), Num::Big(x)) => {
            return Ok(Value::bigint(&**x * *b))
        }
        _ => {}
    }
    let (x, y) = (xn.big(), yn.big());
    let (x, y): (&BigInt, &BigInt) = (&x, &y);
    Ok(match op {
        BinOp::Add => Value::bigint(x + y),
        BinOp::Sub => Value::bigint(x - y),
        BinOp::Mul => Value::bigint(x * y),
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(PyErr::zero_division("integer division or modulo by zero"));
            }
            Value::bigint(bigint_divmod_floor(x, y).0)
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(PyErr::zero_division("integer modulo by zero"));
            }
            Value::bigint(bigint_divmod_floor(x, y).1)
        }
        BinOp::TrueDiv => {
            if y.is_zero() {
                return Err(PyErr::zero_division("division by zero"));
            }
            Value::float(int_true_divide(x, y).map_err(crate::protocol::format::to_pyerr)?)
        }
        BinOp::Pow => return int_pow(x, y),
        BinOp::LShift => {
            if y.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            if x.is_zero() {
                return Ok(Value::int(0));
            }
            let shift = y.to_u64().filter(|s| s + x.bits() <= MAX_INT_BITS);
            match shift {
                Some(s) => Value::bigint(x << s),
                None => return Err(PyErr::memory_error()),
            }
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            match y.to_u64() {
                Some(s) if s < x.bits() + 1 => Value::bigint(x >> s),
                _ => Value::int(if x.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::And => Value::bigint(x & y),
        BinOp::Or => Value::bigint(x | y),
        BinOp::Xor => Value::bigint(x ^ y),
        _ => {
            return Err(PyErr::type_error(format!(
                "unsupported operand type(s) for {}: 'int' and 'int'",
                op.symbol()
            )))
        }
    })
}

/// Machine-int fast path; `Ok(None)` means "redo with big ints".
#[inline(always)]
pub fn small_int_op(op: BinOp, a: i64, b: i64) -> PyResult<Option<Value>> {
    Ok(match op {
        BinOp::Add => a.checked_add(b).map(Value::int),
        BinOp::Sub => a.checked_sub(b).map(Value::int),
        BinOp::Mul => a.checked_mul(b).map(Value::int),
        // Non-negative operands (the common case): Rust's `/` and `%` are
        // Python's.
        BinOp::FloorDiv if a >= 0 && b > 0 => Some(Value::int(a / b)),
        BinOp::Mod if a >= 0 && b > 0 => Some(Value::int(a % b)),
        BinOp::FloorDiv => {
            if b == 0 {
                return Err(PyErr::zero_division("integer division or modulo by zero"));
            }
            int_floordiv(a, b).map(Value::int)
        }
        BinOp::Mod => {
            if b == 0 {
                return Err(PyErr::zero_division("integer modulo by zero"));
            }
            Some(Value::int(int_mod(a, b)))
        }
        BinOp::TrueDiv => {
            if b == 0 {
                return Err(PyErr::zero_division("division by zero"));
            }
            const EXACT: i64 = 1 << 53;
            if a.abs() <= EXACT && b.abs() <= EXACT {
                Some(Value::float(a as f64 / b as f64))
            } else {
                None
            }
        }
        BinOp::And => Some(Value::int(a & b)),
        BinOp::Or => Some(Value::int(a | b)),
        BinOp::Xor => Some(Value::int(a ^ b)),
        BinOp::LShift => {
            if b < 0 {
                return Err(PyErr::value_error("negative shift count"));
            }
            if b < 63 && (a << b) >> b == a {
                Some(Value::int(a << b))
            } else {
                None
            }
        }
        BinOp::RShift => {
            if b < 0 {
                return Err(PyErr::value_error("negative shift count"));
            }
            Some(Value::int(if b >= 64 { a >> 63 } else { a >> b }))
        }
        BinOp::Pow => {
            if b < 0 {
                return float_op(BinOp::Pow, a as f64, b as f64).map(Some);
            }
            let mut result: i64 = 1;
            let mut base = a;
            let mut e = b;
            loop {
                if e & 1 == 1 {
                    match result.checked_mul(base) {
                        Some(r) => result = r,
                        None => return Ok(None),
                    }
                }
                e >>= 1;
                if e == 0 {
                    break;
                }
                match base.checked_mul(base) {
                    Some(bb) => base = bb,
                    None => return Ok(None),
                }
            }
            Some(Value::int(result))
        }
        _ => None,
    })
}

/// Floor division and modulo of big ints (`y != 0`).
///
/// When the quotient is small (as in digit extraction), it is estimated
/// from the top 64 bits and corrected, which is linear in the operands'
/// size; otherwise num-bigint's general division runs.
pub fn bigint_divmod_floor(x: &BigInt, y: &BigInt) -> (BigInt, BigInt) {
    use num_bigint::Sign;
    if x.sign() != Sign::Minus
        && y.sign() == Sign::Plus
        && y.bits() > 64
        && x.bits() <= y.bits() + 32
    {
        let shift = y.bits() - 64;
        let top_x = (x >> shift).to_u128();
        let top_y = (y >> shift).to_u64();
        if let (Some(tx), Some(ty)) = (top_x, top_y) {
            if ty > 0 {
                let mut q = BigInt::from(tx / ty as u128);
                let mut r = x - &q * y;
                while r.is_negative() {
                    q -= 1;
                    r += y;
                }
                while &r >= y {
                    q += 1;
                    r -= y;
                }
                return (q, r);
            }
        }
    }
    x.div_mod_floor(y)
}

fn int_pow(x: &BigInt, y: &BigInt) -> PyResult<Value> {
    if y.is_negative() {
        let fx = bigint_to_float(x).map_err(crate::protocol::format::to_pyerr)?;
        let fy = bigint_to_float(y).map_err(crate::protocol::format::to_pyerr)?;
        return float_op(BinOp::Pow, fx, fy);
    }
    let one = BigInt::from(1);
    if x.is_zero() {
        return Ok(Value::int(if y.is_zero() { 1 } else { 0 }));
    }
    if *x == one {
        return Ok(Value::int(1));
    }
    if *x == -one {
        return Ok(Value::int(if y.is_even() { 1 } else { -1 }));
    }
    let Some(e) = y
        .to_u32()
        .filter(|&e| (e as u64) * x.bits() <= MAX_INT_BITS)
    else {
        return Err(PyErr::memory_error());
    };
    Ok(Value::bigint(num_traits::pow::Pow::pow(x, e)))
}

/// Python's float `//`.
pub fn float_floordiv(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(PyErr::zero_division("float floor division by zero"));
    }
    Ok(float_divmod(a, b).0)
}

/// Python's float `%`.
pub fn float_mod(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(PyErr::zero_division("float modulo"));
    }
    Ok(float_divmod(a, b).1)
}

/// CPython's `float_divmod` (b != 0).
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

fn float_op(op: BinOp, a: f64, b: f64) -> PyResult<Value> {
    Ok(Value::float(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv => {
            if b == 0.0 {
                return Err(PyErr::zero_division("float division by zero"));
            }
            a / b
        }
        BinOp::FloorDiv => float_floordiv(a, b)?,
        BinOp::Mod => float_mod(a, b)?,
        BinOp::Pow => float_pow(a, b)?,
        _ => {
            return Err(PyErr::type_error(format!(
                "unsupported operand type(s) for {}: 'float' and 'float'",
                op.symbol()
            )))
        }
    }))
}

/// CPython's `float_pow` special cases.
pub fn float_pow(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Ok(1.0);
    }
    if a.is_nan() {
        return Ok(if b == 0.0 { 1.0 } else { a });
    }
    if b.is_nan() {
        return Ok(if a == 1.0 { 1.0 } else { b });
    }
    if a == 0.0 && b < 0.0 && b.is_finite() {
        return Err(PyErr::zero_division(
            "0.0 cannot be raised to a negative power",
        ));
    }
    if a < 0.0 && a.is_finite() && b.is_finite() && b.floor() != b {
        return Err(PyErr::new(
            &crate::object::types::NOT_IMPLEMENTED_ERROR,
            "complex results are not supported by coral yet",
        ));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        // CPython's OverflowError carries errno ERANGE and its message as
        // two arguments.
        return Err(PyErr::with_args(
            &crate::object::types::OVERFLOW_ERROR,
            vec![Value::int(34), Value::str("Numerical result out of range")],
        ));
    }
    Ok(r)
}

fn repeat_count(n: &Value, len: usize) -> PyResult<Option<usize>> {
    let count = match n.as_small_int() {
        Some(i) => i,
        None => match n.payload() {
            Some(Payload::Bool(b)) => *b as i64,
            Some(Payload::Int(big)) => match big.to_bigint().to_i64() {
                Some(i) => i,
                None => {
                    return Err(PyErr::overflow(
                        "cannot fit 'int' into an index-sized integer",
                    ))
                }
            },
            _ => return Ok(None),
        },
    };
    let count = count.max(0) as u128;
    if count * len as u128 > MAX_REPEAT_ITEMS {
        return Err(PyErr::memory_error());
    }
    Ok(Some(count as usize))
}

fn concat_error(kind: &str, b: &Value) -> PyErr {
    PyErr::type_error(format!(
        "can only concatenate {kind} (not \"{}\") to {kind}",
        crate::object::types::type_name(b)
    ))
}

fn sequence_op(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(pa), pb) = (a.payload(), b.payload()) else {
        // `a` is a number and `b` is not: maybe `3 * "ab"`.
        if op.base() == BinOp::Mul {
            if let Some(v) = repeat(b, a)? {
                return Ok(v);
            }
        }
        return Err(unsupported(op, a, b));
    };
    match (op.base(), pa) {
        (BinOp::Add, Payload::Str(x)) => match pb {
            Some(Payload::Str(y)) => Ok(Value::from_str_obj(x.concat(y)?)),
            _ => Err(concat_error("str", b)),
        },
        (BinOp::Add, Payload::Bytes(x)) => match pb {
            Some(Payload::Bytes(y)) => {
                let mut v = crate::object::alloc::to_vec(x)?;
                crate::object::alloc::extend(&mut v, y.iter().copied())?;
                Ok(Value::bytes(v))
            }
            _ => Err(PyErr::type_error(format!(
                "can't concat {} to bytes",
                crate::object::types::type_name(b)
            ))),
        },
        (BinOp::Add, Payload::List(x)) => {
            if op.is_inplace() {
                let items = crate::protocol::iterate::collect(vm, b)?;
                alloc::extend(&mut x.borrow_mut(), items.into_iter())?;
                return Ok(a.clone());
            }
            match pb {
                Some(Payload::List(y)) => {
                    let (x, y) = (x.borrow(), y.borrow());
                    let mut v = vec_with_capacity(x.len().saturating_add(y.len()))?;
                    v.extend(x.iter().cloned());
                    v.extend(y.iter().cloned());
                    Ok(Value::list(v))
                }
                _ => Err(concat_error("list", b)),
            }
        }
        (BinOp::Add, Payload::Tuple(x)) => match pb {
            Some(Payload::Tuple(y)) => {
                let mut v = x.clone();
                v.extend(y.iter().cloned());
                Ok(Value::tuple(v))
            }
            _ => Err(concat_error("tuple", b)),
        },
        (BinOp::Mul, Payload::List(x)) if op.is_inplace() => {
            let Some(n) = repeat_count(b, x.borrow().len())? else {
                return Err(non_int_repeat(b));
            };
            let out = repeated(&x.borrow(), n)?;
            *x.borrow_mut() = out;
            Ok(a.clone())
        }
        (
            BinOp::Mul,
            Payload::Str(_) | Payload::Bytes(_) | Payload::List(_) | Payload::Tuple(_),
        ) => repeat(a, b)?.ok_or_else(|| non_int_repeat(b)),
        (BinOp::Mul, _) => match repeat(b, a)? {
            Some(v) => Ok(v),
            None => Err(unsupported(op, a, b)),
        },
        (BinOp::Mod, Payload::Str(fmt)) => {
            let fmt = fmt.as_str().to_owned();
            crate::protocol::format::percent_format(vm, &fmt, b).map(Value::string)
        }
        (BinOp::Mod, Payload::Bytes(fmt)) => {
            let fmt = fmt.to_vec();
            crate::protocol::format::bytes_percent_format(vm, &fmt, b).map(Value::bytes)
        }
        (
            BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor,
            Payload::Set(_) | Payload::FrozenSet(_) | Payload::DictView(_),
        ) => set_op(op, a, b),
        (BinOp::Or, Payload::Dict(x)) => match pb {
            Some(Payload::Dict(y)) => {
                if op.is_inplace() {
                    let entries: Vec<(i64, Value, Value)> = y
                        .borrow()
                        .iter_hashed()
                        .map(|(h, k, v)| (h, k.clone(), v.clone()))
                        .collect();
                    let mut d = x.borrow_mut();
                    for (h, k, v) in entries {
                        d.insert(k, h, v);
                    }
                    drop(d);
                    return Ok(a.clone());
                }
                let mut t = x.borrow().clone_table();
                for (h, k, v) in y.borrow().iter_hashed() {
                    t.insert(k.clone(), h, v.clone());
                }
                Ok(Value::dict(t))
            }
            // `d |= pairs`: `dict.update`'s rules.
            _ if op.is_inplace() => {
                crate::protocol::merge::dict_update_from(vm, a, b)?;
                Ok(a.clone())
            }
            _ => Err(unsupported(op, a, b)),
        },
        _ => Err(unsupported(op, a, b)),
    }
}

fn non_int_repeat(b: &Value) -> PyErr {
    PyErr::type_error(format!(
        "can't multiply sequence by non-int of type '{}'",
        crate::object::types::type_name(b)
    ))
}

/// `seq * n` for str, list and tuple; `Ok(None)` if `seq` is not a sequence or
/// `n` not an int.
/// `count` copies of `items` in one vector, or `MemoryError` when it
/// cannot be allocated.
fn repeated(items: &[Value], count: usize) -> PyResult<Vec<Value>> {
    let total = items
        .len()
        .checked_mul(count)
        .ok_or_else(PyErr::memory_error)?;
    let mut out = vec_with_capacity(total)?;
    for _ in 0..count {
        out.extend(items.iter().cloned());
    }
    Ok(out)
}

fn repeat(seq: &Value, n: &Value) -> PyResult<Option<Value>> {
    Ok(match seq.payload() {
        Some(Payload::Str(s)) => {
            let Some(count) = repeat_count(n, s.as_str().len())? else {
                return Err(non_int_repeat(n));
            };
            let s = s.as_str();
            let mut out = string_with_capacity(s.len().checked_mul(count))?;
            for _ in 0..count {
                out.push_str(s);
            }
            Some(Value::string(out))
        }
        Some(Payload::Bytes(b)) => {
            let Some(count) = repeat_count(n, b.len())? else {
                return Err(non_int_repeat(n));
            };
            let total = b.len().checked_mul(count).ok_or_else(PyErr::memory_error)?;
            let mut out = crate::object::alloc::filled_vec(0u8, total)?;
            for chunk in out.chunks_mut(b.len().max(1)) {
                chunk.copy_from_slice(&b[..chunk.len()]);
            }
            Some(Value::bytes(out))
        }
        Some(Payload::List(l)) => {
            let items = l.borrow();
            let Some(count) = repeat_count(n, items.len())? else {
                return Err(non_int_repeat(n));
            };
            Some(Value::list(repeated(&items, count)?))
        }
        Some(Payload::Tuple(t)) => {
            let Some(count) = repeat_count(n, t.len())? else {
                return Err(non_int_repeat(n));
            };
            Some(Value::tuple(repeated(t, count)?))
        }
        _ => None,
    })
}

/// The set operators, in CPython's algorithms (they decide the order).
fn set_op(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let with_table = |v: &Value, f: &mut dyn FnMut(&SetTable)| -> bool {
        match v.payload() {
            Some(Payload::Set(s)) => {
                f(&s.borrow());
                true
            }
            Some(Payload::FrozenSet(s)) => {
                f(s);
                true
            }
            // `keys()` and `items()` views are set-like.
            Some(Payload::DictView(view)) if view.kind != crate::object::DictViewKind::Values => {
                let Some(d) = view.dict.as_dict() else {
                    return false;
                };
                let mut t = SetTable::new();
                let items: Vec<Value> = d
                    .borrow()
                    .iter()
                    .map(|(k, v)| match view.kind {
                        crate::object::DictViewKind::Items => {
                            Value::tuple(vec![k.clone(), v.clone()])
                        }
                        _ => k.clone(),
                    })
                    .collect();
                for item in items {
                    match super::hash(&item) {
                        Ok(h) => {
                            t.add(item, h);
                        }
                        Err(_) => return false,
                    }
                }
                f(&t);
                true
            }
            _ => false,
        }
    };
    let mut left = SetTable::new();
    if !with_table(a, &mut |t| left = t.copy()) {
        return Err(unsupported(op, a, b));
    }
    let mut right: Option<SetTable> = None;
    if !with_table(b, &mut |t| right = Some(t.copy())) {
        return Err(unsupported(op, a, b));
    }
    let right = right.unwrap_or_default();
    let result = set_algebra(op.base(), &left, &right);
    if op.is_inplace() {
        if let Some(Payload::Set(s)) = a.payload() {
            *s.borrow_mut() = result;
            return Ok(a.clone());
        }
    }
    Ok(match a.payload() {
        Some(Payload::FrozenSet(_)) => Obj::alloc(Payload::FrozenSet(result)),
        _ => Obj::alloc(Payload::Set(std::cell::RefCell::new(result))),
    })
}

/// `a op b` for two set tables, following CPython's set_or, set_and,
/// set_sub and set_xor.
pub fn set_algebra(op: BinOp, a: &SetTable, b: &SetTable) -> SetTable {
    match op {
        BinOp::Or => {
            let mut r = a.copy();
            r.merge(b);
            r
        }
        BinOp::And => {
            let (small, big) = if b.len() > a.len() { (a, b) } else { (b, a) };
            let mut r = SetTable::new();
            for (h, k) in small.iter_hashed() {
                if big.contains(k, h) {
                    r.add(k.clone(), h);
                }
            }
            r
        }
        BinOp::Sub => {
            if (a.len() >> 2) > b.len() {
                let mut r = a.copy();
                for (h, k) in b.iter_hashed() {
                    r.discard(k, h);
                }
                r.shrink_dummies();
                return r;
            }
            let mut r = SetTable::new();
            for (h, k) in a.iter_hashed() {
                if !b.contains(k, h) {
                    r.add(k.clone(), h);
                }
            }
            r
        }
        _ => {
            // Symmetric difference: start from b, toggle a's elements.
            let mut r = b.copy();
            for (h, k) in a.iter_hashed() {
                if !r.discard(k, h) {
                    r.add(k.clone(), h);
                }
            }
            r
        }
    }
}
