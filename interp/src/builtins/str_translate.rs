//! `str.maketrans` and `str.translate`: character mapping tables.
//!
//! A table maps code points (ints) to a str, a code point, or None
//! (delete). `translate` looks each character up with `table[ord(c)]`, so
//! any mapping or sequence works as a table; a `LookupError` keeps the
//! character unchanged, as in CPython.

use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::{DictTable, KwArgs};
use crate::protocol::ops;
use crate::vm::Vm;

/// `str.maketrans(x[, y[, z]])`, called on the type.
pub fn maketrans(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    crate::builtins::methods::no_kw("str.maketrans", kwargs)?;
    let mut t = DictTable::new();
    let put = |k: i64, v: Value, t: &mut DictTable| -> PyResult<()> {
        let key = Value::int(k);
        let h = ops::hash(&key)?;
        let old = t.insert(key, h, v);
        drop(old);
        Ok(())
    };
    match args {
        [x] => {
            let Some(d) = x.as_dict() else {
                return Err(PyErr::type_error(
                    "if you give only one argument to maketrans it must be a dict",
                ));
            };
            let entries: Vec<(Value, Value)> = d
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            for (k, v) in entries {
                let code = if let Some(s) = k.as_str() {
                    let mut chars = s.chars();
                    match (chars.next(), chars.next()) {
                        (Some(c), None) => c as i64,
                        _ => {
                            return Err(PyErr::value_error(
                                "string keys in translate table must be of length 1",
                            ))
                        }
                    }
                } else if let Some(i) = k.as_small_int() {
                    i
                } else {
                    return Err(PyErr::type_error(
                        "keys in translate table must be strings or integers",
                    ));
                };
                put(code, v, &mut t)?;
            }
        }
        [x, y, rest @ ..] if rest.len() <= 1 => {
            let (Some(x), Some(y)) = (x.as_str(), y.as_str()) else {
                return Err(PyErr::type_error("maketrans() arguments must be str"));
            };
            if x.chars().count() != y.chars().count() {
                return Err(PyErr::value_error(
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (a, b) in x.chars().zip(y.chars()) {
                put(a as i64, Value::int(b as i64), &mut t)?;
            }
            if let Some(z) = rest.first() {
                let Some(z) = z.as_str() else {
                    return Err(PyErr::type_error(format!(
                        "maketrans() argument 3 must be str, not {}",
                        crate::object::types::type_name(z)
                    )));
                };
                for c in z.chars() {
                    put(c as i64, Value::none(), &mut t)?;
                }
            }
        }
        _ => {
            return Err(crate::builtins::arity::worded(
                crate::builtins::arity::Style::Clinic,
                "str.maketrans",
                args.len(),
                1,
                3,
            ))
        }
    }
    Ok(Value::dict(t))
}

/// `s.translate(table)`.
pub fn translate(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    crate::builtins::methods::no_kw("str.translate", kwargs)?;
    let rest = crate::builtins::methods::method_args("str.translate", args, 1, 1)?;
    let Some(s) = args[0].as_str().map(str::to_owned) else {
        return Err(PyErr::type_error(
            "descriptor 'translate' requires a 'str' object",
        ));
    };
    let table = &rest[0];
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match crate::protocol::subscript::getitem(vm, table, &Value::int(c as i64)) {
            Ok(v) if v.is_none() => {}
            Ok(v) => {
                if let Some(r) = v.as_str() {
                    out.push_str(r);
                } else if let Some(i) = v.as_small_int() {
                    match u32::try_from(i).ok().and_then(char::from_u32) {
                        Some(ch) => out.push(ch),
                        None => {
                            return Err(PyErr::value_error(
                                "character mapping must be in range(0x110000)",
                            ))
                        }
                    }
                } else {
                    return Err(PyErr::type_error(
                        "character mapping must return integer, None or str",
                    ));
                }
            }
            Err(e) if e.matches(&crate::object::types::LOOKUP_ERROR) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(Value::string(out))
}
