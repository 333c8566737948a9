//! `_struct`: packing values into C-layout bytes and back (`struct.pack`,
//! `unpack`, `calcsize`), with CPython's formats, sizes, alignment and
//! errors. `lib/struct.py` adds the `Struct` class over these.
//!
//! Native order (`@`, the default) uses this machine's sizes and
//! alignment (x86-64 and AArch64 Linux: `l` is 8 bytes); `=`, `<`, `>`
//! and `!` use the standard sizes without alignment.

use super::Namespace;
use crate::builtins::{builtin_table, no_kwargs};
use crate::object::error::{PyErr, PyResult};
use crate::object::types;
use crate::object::value::Value;
use crate::object::KwArgs;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

builtin_table! {
    static FUNCTIONS = [
    "pack" => pack,
    "unpack" => unpack,
    "calcsize" => calcsize,
    ];
}

pub(super) fn init(vm: &mut Vm, ns: &mut Namespace) {
    ns.functions(&FUNCTIONS);
    // `struct.error`, a plain Exception subclass as CPython's.
    let args = vec![
        Value::str("error"),
        Value::tuple(vec![types::EXCEPTION.value()]),
        Value::dict(crate::object::DictTable::new()),
    ];
    if let Ok(class) = vm.call(&types::TYPE.value(), args, &[]) {
        let _ = crate::protocol::attr::setattr(
            vm,
            &class,
            &Value::str("__module__"),
            Value::str("struct"),
        );
        ns.set("error", class);
    }
}

/// `struct.error(msg)`, found in the loaded `_struct` module.
fn error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    let msg = Value::string(msg.into());
    let class = crate::vm::import::import_name(vm, "_struct", true, 0)
        .and_then(|m| crate::protocol::attr::getattr(vm, &m, &Value::str("error")));
    match class.and_then(|c| vm.call(&c, vec![msg.clone()], &[])) {
        Ok(exc) if matches!(exc.payload(), Some(crate::object::Payload::Exception(_))) => {
            PyErr::from_instance(exc)
        }
        Ok(_) | Err(_) => PyErr::with_args(&types::VALUE_ERROR, vec![msg]),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    Native,
    Little,
    Big,
}

/// One item of a format: a code with its repeat count.
#[derive(Clone, Copy)]
struct Item {
    code: u8,
    count: usize,
}

struct Format {
    order: Order,
    items: Vec<Item>,
}

fn parse(vm: &mut Vm, fmt: &Value) -> PyResult<Format> {
    let text: &[u8] = match (fmt.as_str(), fmt.as_bytes()) {
        (Some(s), _) => s.as_bytes(),
        (_, Some(b)) => b,
        _ => {
            return Err(PyErr::type_error(format!(
                "Struct() argument 1 must be a str or bytes object, not {}",
                types::type_name(fmt)
            )))
        }
    };
    let (order, rest) = match text.first() {
        Some(b'@') => (Order::Native, &text[1..]),
        Some(b'=' | b'<') => (Order::Little, &text[1..]),
        Some(b'>' | b'!') => (Order::Big, &text[1..]),
        _ => (Order::Native, text),
    };
    let mut items = Vec::new();
    let mut i = 0;
    while i < rest.len() {
        let c = rest[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count = None;
        while i < rest.len() && rest[i].is_ascii_digit() {
            let d = usize::from(rest[i] - b'0');
            count = Some(
                count
                    .unwrap_or(0usize)
                    .checked_mul(10)
                    .and_then(|n: usize| n.checked_add(d))
                    .ok_or_else(|| error(vm, "total struct size too long"))?,
            );
            i += 1;
        }
        let Some(&code) = rest.get(i) else {
            return Err(error(vm, "repeat count given without format specifier"));
        };
        i += 1;
        if size_of(order, code).is_none() {
            return Err(error(vm, "bad char in struct format"));
        }
        items.push(Item {
            code,
            count: count.unwrap_or(1),
        });
    }
    Ok(Format { order, items })
}

/// The size of one `code` item, or `None` for a code that is not one.
fn size_of(order: Order, code: u8) -> Option<usize> {
    let native = order == Order::Native;
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

/// The layout: each item's offset, and the total size.
fn layout(vm: &mut Vm, f: &Format) -> PyResult<(Vec<usize>, usize)> {
    let mut offsets = Vec::with_capacity(f.items.len());
    let mut pos: usize = 0;
    for it in &f.items {
        let size = size_of(f.order, it.code).unwrap_or(1);
        if f.order == Order::Native
            && !matches!(it.code, b's' | b'p' | b'x' | b'c' | b'b' | b'B' | b'?')
        {
            pos = pos.div_ceil(size) * size;
        }
        offsets.push(pos);
        let span = if matches!(it.code, b's' | b'p') {
            it.count
        } else {
            size.checked_mul(it.count)
                .ok_or_else(|| error(vm, "total struct size too long"))?
        };
        pos = pos
            .checked_add(span)
            .filter(|&p| p <= isize::MAX as usize)
            .ok_or_else(|| error(vm, "total struct size too long"))?;
    }
    Ok((offsets, pos))
}

/// How many values the items take (`x` none, `s`/`p` one per item).
fn value_count(f: &Format) -> usize {
    f.items
        .iter()
        .map(|it| match it.code {
            b'x' => 0,
            b's' | b'p' => 1,
            _ => it.count,
        })
        .sum()
}

fn calcsize(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let fmt = crate::builtins::one_arg("calcsize", args, kwargs)?;
    let f = parse(vm, fmt)?;
    let (_, size) = layout(vm, &f)?;
    Ok(Value::int(size as i64))
}

fn put_int(out: &mut [u8], order: Order, n: u128) {
    let le = n.to_le_bytes();
    let len = out.len();
    match order {
        Order::Big => {
            for (k, b) in out.iter_mut().enumerate() {
                *b = le[len - 1 - k];
            }
        }
        _ => out.copy_from_slice(&le[..len]),
    }
}

fn get_int(data: &[u8], order: Order, signed: bool) -> i128 {
    let mut le = [0u8; 16];
    let len = data.len();
    for k in 0..len {
        le[k] = match order {
            Order::Big => data[len - 1 - k],
            _ => data[k],
        };
    }
    let raw = u128::from_le_bytes(le);
    if signed && len < 16 && raw >> (len * 8 - 1) & 1 == 1 {
        (raw | (!0u128 << (len * 8))) as i128
    } else {
        raw as i128
    }
}

/// An integer argument for code `code` of `size` bytes, with CPython's
/// range errors.
fn int_arg(vm: &mut Vm, v: &Value, code: u8, size: usize) -> PyResult<u128> {
    let Some(n) = crate::protocol::number::bigint_of(v) else {
        return Err(error(vm, "required argument is not an integer"));
    };
    let signed = code.is_ascii_lowercase();
    let bits = size * 8;
    let (lo, hi): (BigInt, BigInt) = if signed {
        (
            -(BigInt::from(1) << (bits - 1)),
            (BigInt::from(1) << (bits - 1)) - 1,
        )
    } else {
        (BigInt::from(0), (BigInt::from(1) << bits) - 1)
    };
    if n < lo || n > hi {
        let c = code as char;
        let msg = match (code, size) {
            (b'b', _) => format!("byte format requires {lo} <= number <= {hi}"),
            (b'B', _) => format!("ubyte format requires {lo} <= number <= {hi}"),
            (b'h', _) => format!("short format requires {lo} <= number <= {hi}"),
            (b'H', _) => format!("ushort format requires {lo} <= number <= {hi}"),
            (_, 4) if signed || n > hi => format!("'{c}' format requires {lo} <= number <= {hi}"),
            _ => "argument out of range".to_owned(),
        };
        return Err(error(vm, msg));
    }
    let masked = if n < BigInt::from(0) {
        n + (BigInt::from(1) << 128)
    } else {
        n
    };
    Ok(masked.to_u128().unwrap_or(0))
}

fn pack(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("pack", kwargs)?;
    let Some((fmt, values)) = args.split_first() else {
        return Err(PyErr::type_error(
            "pack expected at least 1 argument, got 0",
        ));
    };
    let f = parse(vm, fmt)?;
    let (offsets, size) = layout(vm, &f)?;
    let want = value_count(&f);
    if values.len() != want {
        return Err(error(
            vm,
            format!(
                "pack expected {want} items for packing (got {})",
                values.len()
            ),
        ));
    }
    let mut out = crate::object::alloc::filled_vec(0u8, size)?;
    let mut vi = 0;
    for (it, &off) in f.items.iter().zip(&offsets) {
        let width = size_of(f.order, it.code).unwrap_or(1);
        match it.code {
            b'x' => {}
            b's' | b'p' => {
                let v = &values[vi];
                vi += 1;
                let Some(b) = v.as_bytes() else {
                    return Err(error(
                        vm,
                        format!("argument for '{}' must be a bytes object", it.code as char),
                    ));
                };
                let slot = &mut out[off..off + it.count];
                if it.code == b'p' {
                    if let Some((len_byte, rest)) = slot.split_first_mut() {
                        let n = b.len().min(rest.len()).min(255);
                        rest[..n].copy_from_slice(&b[..n]);
                        *len_byte = n as u8;
                    }
                } else {
                    let n = b.len().min(slot.len());
                    slot[..n].copy_from_slice(&b[..n]);
                }
            }
            code => {
                for k in 0..it.count {
                    let v = &values[vi];
                    vi += 1;
                    let at = off + k * width;
                    let slot = &mut out[at..at + width];
                    match code {
                        b'c' => match v.as_bytes() {
                            Some([b]) => slot[0] = *b,
                            _ => {
                                return Err(error(
                                    vm,
                                    "char format requires a bytes object of length 1",
                                ))
                            }
                        },
                        b'?' => slot[0] = u8::from(crate::protocol::ops::truthy_vm(vm, v)?),
                        b'd' | b'f' | b'e' => {
                            let x = crate::protocol::ops::number_to_f64(v)?
                                .ok_or_else(|| error(vm, "required argument is not a float"))?;
                            let bits: u128 = match code {
                                b'd' => u128::from(x.to_bits()),
                                b'f' => {
                                    let y = x as f32;
                                    if y.is_infinite() && x.is_finite() {
                                        return Err(PyErr::overflow(
                                            "float too large to pack with f format",
                                        ));
                                    }
                                    u128::from(y.to_bits())
                                }
                                _ => u128::from(f64_to_f16(x).ok_or_else(|| {
                                    PyErr::overflow("float too large to pack with e format")
                                })?),
                            };
                            put_int(slot, f.order, bits);
                        }
                        _ => {
                            let n = int_arg(vm, v, code, width)?;
                            put_int(slot, f.order, n);
                        }
                    }
                }
            }
        }
    }
    Ok(Value::bytes(out))
}

/// IEEE half precision, rounding to nearest even; `None` on overflow.
fn f64_to_f16(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a >= 65520.0 {
        return None;
    }
    // Scale so the half's 10-bit mantissa is the integer part, then round
    // to nearest even.
    let (exp, scaled) = if a < 2f64.powi(-14) {
        (0u16, a / 2f64.powi(-24))
    } else {
        let e = a.log2().floor() as i32;
        let e = if a / 2f64.powi(e) >= 2.0 { e + 1 } else { e };
        ((e + 15) as u16, (a / 2f64.powi(e) - 1.0) * 1024.0)
    };
    let mut m = scaled.round_ties_even() as u32;
    let mut exp = exp;
    if exp == 0 && m >= 1024 {
        exp = 1;
        m -= 1024;
    } else if exp > 0 && m >= 1024 {
        exp += 1;
        m = 0;
    }
    if exp >= 31 {
        return None;
    }
    Some(sign | (exp << 10) | m as u16)
}

fn f16_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = i32::from((h >> 10) & 0x1f);
    let m = f64::from(h & 0x3ff);
    sign * match exp {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        e => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

fn unpack(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("unpack", kwargs)?;
    crate::builtins::arg_count("unpack", args, 2, 2)?;
    let f = parse(vm, &args[0])?;
    let (offsets, size) = layout(vm, &f)?;
    let data = crate::builtins::bytes::bytes_like(&args[1])?;
    if data.len() != size {
        return Err(error(
            vm,
            format!("unpack requires a buffer of {size} bytes"),
        ));
    }
    let mut out = Vec::with_capacity(value_count(&f));
    for (it, &off) in f.items.iter().zip(&offsets) {
        let width = size_of(f.order, it.code).unwrap_or(1);
        match it.code {
            b'x' => {}
            b's' => out.push(Value::bytes(data[off..off + it.count].to_vec())),
            b'p' => {
                let slot = &data[off..off + it.count];
                let n = slot
                    .first()
                    .map_or(0, |&n| usize::from(n))
                    .min(slot.len().saturating_sub(1));
                out.push(Value::bytes(slot.get(1..1 + n).unwrap_or(&[]).to_vec()));
            }
            code => {
                for k in 0..it.count {
                    let at = off + k * width;
                    let slot = &data[at..at + width];
                    out.push(match code {
                        b'c' => Value::bytes(slot.to_vec()),
                        b'?' => Value::bool(slot[0] != 0),
                        b'd' => Value::float(f64::from_bits(get_int(slot, f.order, false) as u64)),
                        b'f' => Value::float(f64::from(f32::from_bits(
                            get_int(slot, f.order, false) as u32,
                        ))),
                        b'e' => Value::float(f16_to_f64(get_int(slot, f.order, false) as u16)),
                        _ => Value::int128(get_int(slot, f.order, code.is_ascii_lowercase())),
                    });
                }
            }
        }
    }
    Ok(Value::tuple(out))
}
