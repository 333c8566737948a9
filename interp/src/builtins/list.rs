//! `list` methods.

use super::methods::{method_args, no_kw};
use crate::builtins::sort::list_sort;
use crate::method_table;
use crate::object::alloc;
use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::KwArgs;
use crate::protocol::number::index_of;
use crate::protocol::ops;
use crate::vm::Vm;
use std::cell::RefCell;

method_table! {
    /// The methods of `list`.
    pub static LIST_METHODS = [
    "append" => append,
    "extend" => extend,
    "insert" => insert,
    "pop" => pop,
    "remove" => remove,
    "index" => index,
    "count" => count,
    "sort" => list_sort,
    "reverse" => reverse,
    "copy" => copy,
    "clear" => clear,
    "__init__" => init,
    ];
}

/// `list.__init__(self, iterable=())`: what a `list` subclass inherits.
fn init(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(PyErr::type_error("list() takes no keyword arguments"));
    }
    let l = this("__init__", args)?;
    let rest = args.get(1..).unwrap_or(&[]);
    if rest.len() > 1 {
        return Err(PyErr::type_error(format!(
            "list expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    let items = match rest.first() {
        Some(src) => crate::protocol::iterate::collect(vm, src)?,
        None => Vec::new(),
    };
    let old = std::mem::replace(&mut *l.borrow_mut(), items);
    drop(old);
    Ok(Value::none())
}

fn this<'a>(name: &str, args: &'a [Value]) -> PyResult<&'a RefCell<Vec<Value>>> {
    args.first()
        .and_then(Value::as_list)
        .ok_or_else(|| PyErr::type_error(format!("descriptor '{name}' requires a 'list' object")))
}

fn append(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("list.append", kwargs)?;
    let l = this("append", args)?;
    let rest = method_args("list.append", args, 1, 1)?;
    alloc::push(&mut l.borrow_mut(), rest[0].clone())?;
    Ok(Value::none())
}

fn extend(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("list.extend", kwargs)?;
    let l = this("extend", args)?;
    let rest = method_args("list.extend", args, 1, 1)?;
    let items = crate::protocol::iterate::collect(vm, &rest[0])?;
    alloc::extend(&mut l.borrow_mut(), items.into_iter())?;
    Ok(Value::none())
}

fn insert(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("list.insert", kwargs)?;
    let l = this("insert", args)?;
    let rest = method_args("list.insert", args, 2, 2).map_err(|_| {
        PyErr::type_error(format!(
            "insert expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        ))
    })?;
    let i = index_of(&rest[0])?;
    let mut lm = l.borrow_mut();
    let len = lm.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    alloc::reserve(&mut lm, 1)?;
    lm.insert(at as usize, rest[1].clone());
    Ok(Value::none())
}

fn pop(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("list.pop", kwargs)?;
    let l = this("pop", args)?;
    let rest = method_args("list.pop", args, 0, 1)?;
    let mut lm = l.borrow_mut();
    if lm.is_empty() {
        return Err(PyErr::index_error("pop from empty list"));
    }
    let len = lm.len() as i64;
    let i = match rest.first() {
        Some(v) => index_of(v)?,
        None => -1,
    };
    let i = if i < 0 { i + len } else { i };
    if !(0..len).contains(&i) {
        return Err(PyErr::index_error("pop index out of range"));
    }
    Ok(lm.remove(i as usize))
}

fn position(vm: &mut Vm, items: &[Value], x: &Value) -> PyResult<Option<usize>> {
    for (i, item) in items.iter().enumerate() {
        if item.is(x) || ops::eq(vm, item, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn remove(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("list.remove", kwargs)?;
    let l = this("remove", args)?;
    let rest = method_args("list.remove", args, 1, 1)?;
    let items = l.borrow().clone();
    match position(vm, &items, &rest[0])? {
        Some(i) => {
            let mut lm = l.borrow_mut();
            if i < lm.len() {
                let old = lm.remove(i);
                drop(lm);
                drop(old);
            }
            Ok(Value::none())
        }
        None => Err(PyErr::value_error("list.remove(x): x not in list")),
    }
}

fn index(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("list.index", kwargs)?;
    let l = this("index", args)?;
    let rest = method_args("list.index", args, 1, 3)?;
    let items = l.borrow().clone();
    let len = items.len() as i64;
    let bound = |v: Option<&Value>, default: i64| -> PyResult<usize> {
        let i = match v {
            Some(v) => index_of(v)?,
            None => default,
        };
        Ok((if i < 0 { (i + len).max(0) } else { i.min(len) }) as usize)
    };
    let start = bound(rest.get(1), 0)?;
    let stop = bound(rest.get(2), len)?.max(start);
    match position(vm, &items[start..stop], &rest[0])? {
        Some(i) => Ok(Value::int((i + start) as i64)),
        None => {
            let r = crate::protocol::repr::repr(vm, &rest[0])?;
            Err(PyErr::value_error(format!("{r} is not in list")))
        }
    }
}

fn count(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("list.count", kwargs)?;
    let l = this("count", args)?;
    let rest = method_args("list.count", args, 1, 1)?;
    let items = l.borrow().clone();
    let mut n = 0;
    for item in &items {
        if item.is(&rest[0]) || ops::eq(vm, item, &rest[0])? {
            n += 1;
        }
    }
    Ok(Value::int(n))
}

fn reverse(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("list.reverse", kwargs)?;
    let l = this("reverse", args)?;
    method_args("list.reverse", args, 0, 0)?;
    l.borrow_mut().reverse();
    Ok(Value::none())
}

fn copy(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("list.copy", kwargs)?;
    let l = this("copy", args)?;
    method_args("list.copy", args, 0, 0)?;
    let items = l.borrow().clone();
    Ok(Value::list(items))
}

fn clear(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("list.clear", kwargs)?;
    let l = this("clear", args)?;
    method_args("list.clear", args, 0, 0)?;
    let old = std::mem::take(&mut *l.borrow_mut());
    drop(old);
    Ok(Value::none())
}
