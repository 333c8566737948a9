//! Sorting, `min` and `max`.
//!
//! Python comparisons may raise and may be inconsistent (NaN), so the
//! general path is CPython's own sort over a fallible `<` (`timsort.rs`),
//! which makes the same comparisons in the same order; it never panics.
//! Lists of plain ints, of floats without NaN, or of strs take a fast path
//! with a total order. `reverse=True` reverses, sorts stably, and reverses
//! back, as CPython does, so equal items keep their order.

use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::KwArgs;
use crate::protocol::ops;
use crate::vm::Vm;

fn fast_sort(items: &mut [(Value, Value)]) -> bool {
    if items.iter().all(|(k, _)| k.is_small_int()) {
        items.sort_by_key(|(k, _)| k.small_int_unchecked());
        return true;
    }
    if items
        .iter()
        .all(|(k, _)| k.as_float().is_some_and(|f| !f.is_nan()))
    {
        items.sort_by(|(a, _), (b, _)| {
            let (x, y) = (a.as_float().unwrap_or(0.0), b.as_float().unwrap_or(0.0));
            x.partial_cmp(&y).unwrap_or(std::cmp::Ordering::Equal)
        });
        return true;
    }
    if items.iter().all(|(k, _)| k.as_str().is_some()) {
        items.sort_by(|(a, _), (b, _)| a.as_str().cmp(&b.as_str()));
        return true;
    }
    false
}

/// Sorts values in place by `key` (or themselves), stably.
pub fn sort_values(
    vm: &mut Vm,
    values: Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let mut pairs: Vec<(Value, Value)> = Vec::with_capacity(values.len());
    for v in values {
        let k = match key {
            Some(f) => vm.call1(f, v.clone())?,
            None => v.clone(),
        };
        pairs.push((k, v));
    }
    if reverse {
        pairs.reverse();
    }
    if !fast_sort(&mut pairs) {
        super::timsort::sort(&mut pairs, |a, b| ops::less_than(vm, a, b))?;
    }
    if reverse {
        pairs.reverse();
    }
    Ok(pairs.into_iter().map(|(_, v)| v).collect())
}

/// Parses `key=` and `reverse=` keyword arguments.
pub fn sort_options(name: &str, kwargs: &KwArgs) -> PyResult<(Option<Value>, bool)> {
    let mut key = None;
    let mut reverse = false;
    for (k, v) in kwargs {
        match k.as_str() {
            Some("key") => key = (!v.is_none()).then(|| v.clone()),
            Some("reverse") => reverse = ops::truthy(v),
            other => {
                return Err(PyErr::type_error(format!(
                    "'{}' is an invalid keyword argument for {name}()",
                    other.unwrap_or("")
                )))
            }
        }
    }
    Ok((key, reverse))
}

/// `list.sort(key=None, reverse=False)`.
pub fn list_sort(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let Some(list) = args.first() else {
        return Err(PyErr::type_error("sort() needs a list"));
    };
    match args.len() {
        1 => {}
        // `key` and `reverse` count as its two (keyword-only) arguments.
        n if n > 3 => {
            return Err(PyErr::type_error(format!(
                "sort() takes at most 2 arguments ({} given)",
                n - 1
            )))
        }
        _ => return Err(PyErr::type_error("sort() takes no positional arguments")),
    }
    let (key, reverse) = sort_options("sort", kwargs)?;
    let Some(l) = list.as_list() else {
        return Err(PyErr::type_error(
            "descriptor 'sort' requires a 'list' object",
        ));
    };
    // Like CPython, sort a detached copy and detect mutation during the sort.
    // A key or a comparison that raises leaves the items in their original
    // order (CPython leaves them partly sorted, which for a failure in the
    // key function or the first run is the same), never a lost list.
    let items = std::mem::take(&mut *l.borrow_mut());
    let original = items.clone();
    let result = sort_values(vm, items, key.as_ref(), reverse);
    let mutated = !l.borrow().is_empty();
    let (items, outcome) = match result {
        Ok(sorted) => (sorted, Ok(Value::none())),
        Err(e) => (original, Err(e)),
    };
    let replaced = std::mem::replace(&mut *l.borrow_mut(), items);
    drop(replaced);
    if mutated {
        return Err(PyErr::value_error("list modified during sort"));
    }
    outcome
}

/// `min(...)` and `max(...)`.
pub fn min_max(vm: &mut Vm, args: &[Value], kwargs: &KwArgs, is_max: bool) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    let mut key = None;
    let mut default = None;
    for (k, v) in kwargs {
        match k.as_str() {
            Some("key") => key = (!v.is_none()).then(|| v.clone()),
            Some("default") => default = Some(v.clone()),
            other => {
                return Err(PyErr::type_error(format!(
                    "'{}' is an invalid keyword argument for {name}()",
                    other.unwrap_or("")
                )))
            }
        }
    }
    let items: Vec<Value> = match args.len() {
        0 => {
            return Err(PyErr::type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        1 => crate::protocol::iterate::collect(vm, &args[0])?,
        _ => {
            if default.is_some() {
                return Err(PyErr::type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            args.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call1(f, item.clone())?,
            None => item.clone(),
        };
        best = Some(match best {
            None => (k, item),
            Some((bk, bv)) => {
                // CPython asks `item > best` for max and `item < best`
                // for min: the same special methods, in the same order.
                let better = match (k.as_small_int(), bk.as_small_int()) {
                    (Some(x), Some(y)) => {
                        if is_max {
                            x > y
                        } else {
                            x < y
                        }
                    }
                    _ => {
                        let op = if is_max {
                            ops::CmpOp::Gt
                        } else {
                            ops::CmpOp::Lt
                        };
                        ops::compare_bool(vm, &k, &bk, op)?
                    }
                };
                if better {
                    (k, item)
                } else {
                    (bk, bv)
                }
            }
        });
    }
    match best {
        Some((_, v)) => Ok(v),
        None => {
            default.ok_or_else(|| PyErr::value_error(format!("{name}() arg is an empty sequence")))
        }
    }
}
