//! `dict` methods and the dict-merging helpers behind `{**d}` and `f(**d)`.

use super::methods::{method_args, no_kw};
use crate::method_table;
use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::{DictTable, DictView, DictViewKind, KwArgs, Obj, Payload};
use crate::protocol::merge::dict_update_from;
use crate::protocol::ops;
use crate::vm::Vm;
use std::cell::RefCell;

method_table! {
    /// The methods of `dict.keys()` and `dict.items()` views.
    pub static DICT_SET_VIEW_METHODS = [
    "isdisjoint" => view_isdisjoint,
    ];
}

fn view_isdisjoint(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("isdisjoint", kwargs)?;
    let rest = method_args("isdisjoint", args, 1, 1)?;
    crate::protocol::ops::view_set::isdisjoint(vm, &args[0], &rest[0]).map(Value::bool)
}

method_table! {
    /// The methods of `dict`.
    pub static DICT_METHODS = [
    "get" => get,
    "items" => items,
    "keys" => keys,
    "values" => values,
    "setdefault" => setdefault,
    "pop" => pop,
    "popitem" => popitem,
    "update" => update,
    "copy" => copy,
    "clear" => clear,
    "fromkeys" => fromkeys as ClassMethod,
    "__init__" => init,
    ];
}

fn this<'a>(name: &str, args: &'a [Value]) -> PyResult<&'a RefCell<DictTable>> {
    args.first()
        .and_then(Value::as_dict)
        .ok_or_else(|| PyErr::type_error(format!("descriptor '{name}' requires a 'dict' object")))
}

fn get(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("dict.get", kwargs)?;
    let d = this("get", args)?;
    let rest = method_args("dict.get", args, 1, 2).map_err(|_| {
        let got = args.len() - 1;
        PyErr::type_error(if got < 1 {
            format!("get expected at least 1 argument, got {got}")
        } else {
            format!("get expected at most 2 arguments, got {got}")
        })
    })?;
    let (h, canon) = ops::keys::dict_key(_vm, d, &rest[0])?;
    let v = d
        .borrow()
        .get(canon.as_ref().unwrap_or(&rest[0]), h)
        .cloned();
    Ok(v.unwrap_or_else(|| rest.get(1).cloned().unwrap_or_else(Value::none)))
}

fn view(args: &[Value], kwargs: &KwArgs, name: &str, kind: DictViewKind) -> PyResult<Value> {
    no_kw(name, kwargs)?;
    this(name, args)?;
    method_args(name, args, 0, 0)?;
    Ok(Obj::alloc(Payload::DictView(DictView {
        kind,
        dict: args[0].clone(),
    })))
}

fn items(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    view(args, kwargs, "dict.items", DictViewKind::Items)
}

fn keys(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    view(args, kwargs, "dict.keys", DictViewKind::Keys)
}

fn values(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    view(args, kwargs, "dict.values", DictViewKind::Values)
}

fn setdefault(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("dict.setdefault", kwargs)?;
    let d = this("setdefault", args)?;
    let rest = method_args("dict.setdefault", args, 1, 2)?;
    let (h, canon) = ops::keys::dict_key(_vm, d, &rest[0])?;
    let key = canon.unwrap_or_else(|| rest[0].clone());
    if let Some(v) = d.borrow().get(&key, h) {
        return Ok(v.clone());
    }
    let default = rest.get(1).cloned().unwrap_or_else(Value::none);
    d.borrow_mut().try_insert(key, h, default.clone())?;
    _vm.dict_key_changed(d, h);
    Ok(default)
}

fn pop(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("dict.pop", kwargs)?;
    let d = this("pop", args)?;
    let rest = method_args("dict.pop", args, 1, 2)?;
    let (h, canon) = ops::keys::dict_key(_vm, d, &rest[0])?;
    let removed = d.borrow_mut().remove(canon.as_ref().unwrap_or(&rest[0]), h);
    _vm.dict_key_changed(d, h);
    match removed {
        Some((_, v)) => Ok(v),
        None => rest
            .get(1)
            .cloned()
            .ok_or_else(|| PyErr::key_error(rest[0].clone())),
    }
}

fn popitem(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("dict.popitem", kwargs)?;
    let d = this("popitem", args)?;
    method_args("dict.popitem", args, 0, 0)?;
    let last = d.borrow_mut().pop_last();
    _vm.dict_changed(d);
    match last {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(PyErr::new(
            &crate::object::types::KEY_ERROR,
            "popitem(): dictionary is empty",
        )),
    }
}

/// `dict.__init__(self, mapping_or_pairs=(), **kwargs)`: what a `dict`
/// subclass inherits.
fn init(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    update(vm, args, kwargs)
}

fn update(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    this("update", args)?;
    let rest = method_args("dict.update", args, 0, 1)?;
    let mut r = match rest.first() {
        Some(src) => dict_update_from(vm, &args[0], src),
        None => Ok(()),
    };
    for (k, v) in kwargs {
        if r.is_ok() {
            r = crate::builtins::dict_set(&args[0], k.clone(), v.clone());
        }
    }
    // Even a failed update may have written some keys.
    if let Some(d) = args[0].as_dict() {
        vm.dict_changed(d);
    }
    r.map(|()| Value::none())
}

fn copy(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("dict.copy", kwargs)?;
    let d = this("copy", args)?;
    method_args("dict.copy", args, 0, 0)?;
    let t = d.borrow().clone_table();
    Ok(Value::dict(t))
}

fn clear(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("dict.clear", kwargs)?;
    let d = this("clear", args)?;
    method_args("dict.clear", args, 0, 0)?;
    let old = std::mem::take(&mut *d.borrow_mut());
    drop(old);
    d.borrow_mut().clear();
    // The new table is not watched: notify as the old one was.
    _vm.dict_cleared(d);
    Ok(Value::none())
}

fn fromkeys(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("dict.fromkeys", kwargs)?;
    // A class method: `args[0]` is the class.
    let (cls, keys, value) = match args {
        [c, k] => (c, k, Value::none()),
        [c, k, v] => (c, k, v.clone()),
        _ => {
            let n = args.len().saturating_sub(1);
            return Err(super::arity::worded(
                super::arity::Style::Clinic,
                "dict.fromkeys",
                n,
                1,
                2,
            ));
        }
    };
    if cls
        .as_type()
        .is_some_and(|t| std::ptr::eq(t, &crate::object::types::DICT))
    {
        let d = Value::dict(DictTable::new());
        for k in crate::protocol::iterate::collect(vm, keys)? {
            crate::builtins::dict_set(&d, k, value.clone())?;
        }
        return Ok(d);
    }
    // A subclass: its constructor, then its own `__setitem__` per key.
    let d = vm.call(cls, Vec::new(), &[])?;
    for k in crate::protocol::iterate::collect(vm, keys)? {
        crate::protocol::subscript::setitem(vm, &d, k, value.clone())?;
    }
    Ok(d)
}
