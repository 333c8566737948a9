//! Special ("dunder") methods of user-defined classes: how the operators,
//! `repr`, `len`, truth, hashing, iteration and calls reach a class's
//! `__add__`, `__repr__`, `__len__`...
//!
//! Builtin values never come here: every caller first tries its builtin
//! fast path, and only values of user-defined classes (`types::class_of`)
//! look their type up. As in CPython, special methods are looked up on the
//! class, never on the instance.

use crate::object::error::{PyErr, PyResult};
use crate::object::types;
use crate::object::value::Value;
use crate::object::Payload;
use crate::protocol::ops::{BinOp, CmpOp};
use crate::vm::Vm;

/// The special method `name` of `obj`'s class, if `obj` is an instance of
/// a user-defined class that defines one (inherited ones included). The
/// builtin bases' own methods (`object.__repr__`, `list.__init__`...) do
/// not count: callers fall back to the builtin behaviour themselves.
pub fn lookup_special(obj: &Value, name: &'static str) -> Option<Value> {
    let class = types::class_of(obj)?;
    crate::protocol::class::lookup(class, &crate::object::intern::intern_static(name).value())
        .filter(|f| !matches!(f.payload(), Some(Payload::Builtin(_))))
}

/// Calls `obj.name(*args)` looked up on the class; `None` if the class has
/// no such method.
pub fn call_special(
    vm: &mut Vm,
    obj: &Value,
    name: &'static str,
    args: &[Value],
) -> PyResult<Option<Value>> {
    let Some(f) = lookup_special(obj, name) else {
        return Ok(None);
    };
    call_found(vm, f, obj, args).map(Some)
}

/// Calls a special method found on `obj`'s class, binding it like an
/// attribute access would.
fn call_found(vm: &mut Vm, f: Value, obj: &Value, args: &[Value]) -> PyResult<Value> {
    let mut full = Vec::with_capacity(args.len() + 1);
    match f.payload() {
        Some(Payload::StaticMethod(inner)) => {
            let inner = inner.clone();
            full.extend(args.iter().cloned());
            return vm.call(&inner, full, &[]);
        }
        Some(Payload::ClassMethod(inner)) => {
            let inner = inner.clone();
            full.push(types::type_value(obj));
            full.extend(args.iter().cloned());
            return vm.call(&inner, full, &[]);
        }
        _ => {}
    }
    full.push(obj.clone());
    full.extend(args.iter().cloned());
    vm.call(&f, full, &[])
}

/// The dunder names of a binary operator: `(method, reflected, in-place)`.
fn binop_names(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op.base() {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::And => ("__and__", "__rand__", "__iand__"),
        BinOp::Or => ("__or__", "__ror__", "__ior__"),
        BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        _ => ("", "", ""),
    }
}

/// True if either operand is an instance of a user-defined class.
#[inline]
pub fn involves_class(a: &Value, b: &Value) -> bool {
    types::class_of(a).is_some() || types::class_of(b).is_some()
}

/// `a op b` where an operand has a user-defined class: the in-place method,
/// then `a.__op__(b)`, then `b.__rop__(a)`; `None` if all are missing or
/// return `NotImplemented`, so the caller raises its usual TypeError (or
/// applies the builtin operation to a builtin operand).
pub fn binary_op(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (name, rname, iname) = binop_names(op);
    if name.is_empty() {
        return Ok(None);
    }
    if op.is_inplace() {
        if let Some(r) = answer(vm, a, iname, b)? {
            return Ok(Some(r));
        }
    }
    // A right operand whose class derives from the left's gets the first
    // try, as in CPython.
    let b_first = match (types::class_value_of(a), types::class_value_of(b)) {
        (Some(ca), Some(cb)) => {
            !ca.is(cb)
                && crate::protocol::class::is_subclass(cb, ca)
                && lookup_special(b, rname).is_some()
        }
        _ => false,
    };
    if b_first {
        if let Some(r) = answer(vm, b, rname, a)? {
            return Ok(Some(r));
        }
    }
    if let Some(r) = answer(vm, a, name, b)? {
        return Ok(Some(r));
    }
    let same_class = match (types::class_value_of(a), types::class_value_of(b)) {
        (Some(ca), Some(cb)) => ca.is(cb),
        _ => false,
    };
    if !b_first && !same_class {
        if let Some(r) = answer(vm, b, rname, a)? {
            return Ok(Some(r));
        }
    }
    Ok(None)
}

fn is_not_implemented(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::NotImplemented))
}

/// `obj.name(other)` through the class; `None` when the class has no such
/// method or it returns `NotImplemented` (the protocols then try the next
/// candidate).
fn answer(vm: &mut Vm, obj: &Value, name: &'static str, other: &Value) -> PyResult<Option<Value>> {
    Ok(
        call_special(vm, obj, name, std::slice::from_ref(other))?
            .filter(|r| !is_not_implemented(r)),
    )
}

fn cmp_names(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::Le => ("__le__", "__ge__"),
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::Ne => ("__ne__", "__ne__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::Ge => ("__ge__", "__le__"),
    }
}

/// A rich comparison where an operand has a user-defined class: the
/// reflected method of a right operand whose class derives from the left's
/// first, then `a.__op__(b)`, then `b.__reflected__(a)`. `None` if none
/// answers; for `==` and `!=` the caller then compares identities.
pub fn compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
    let (name, rname) = cmp_names(op);
    let b_first = match (types::class_value_of(a), types::class_value_of(b)) {
        (Some(ca), Some(cb)) => !ca.is(cb) && crate::protocol::class::is_subclass(cb, ca),
        (None, Some(_)) => false,
        _ => false,
    };
    let ask = |vm: &mut Vm, x: &Value, name: &'static str, y: &Value| {
        if op == CmpOp::Ne {
            ne(vm, x, y)
        } else {
            answer(vm, x, name, y)
        }
    };
    if b_first {
        if let Some(r) = ask(vm, b, rname, a)? {
            return Ok(Some(r));
        }
    }
    if let Some(r) = ask(vm, a, name, b)? {
        return Ok(Some(r));
    }
    if !b_first {
        if let Some(r) = ask(vm, b, rname, a)? {
            return Ok(Some(r));
        }
    }
    Ok(None)
}

/// `x.__ne__(y)`: the class's own, else `object.__ne__`, the negation of
/// the class's `__eq__`; `None` when neither answers.
fn ne(vm: &mut Vm, x: &Value, y: &Value) -> PyResult<Option<Value>> {
    if let Some(r) = answer(vm, x, "__ne__", y)? {
        return Ok(Some(r));
    }
    if lookup_special(x, "__ne__").is_some() {
        return Ok(None);
    }
    match answer(vm, x, "__eq__", y)? {
        Some(r) => Ok(Some(Value::bool(!crate::protocol::ops::truthy_vm(vm, &r)?))),
        None => Ok(None),
    }
}

/// `bool(obj)` for an instance of a user-defined class: `__bool__`, then
/// `__len__`, else true.
pub fn truthy(vm: &mut Vm, obj: &Value) -> PyResult<bool> {
    if let Some(r) = call_special(vm, obj, "__bool__", &[])? {
        return match r.as_bool() {
            Some(b) => Ok(b),
            None => Err(PyErr::type_error(format!(
                "__bool__ should return bool, returned {}",
                types::type_name(&r)
            ))),
        };
    }
    if let Some(n) = len(vm, obj)? {
        return Ok(n > 0);
    }
    if let Some(base) = crate::protocol::class::builtin_data(obj) {
        return Ok(crate::protocol::ops::truthy(base));
    }
    Ok(true)
}

/// `len(obj)` through `__len__`; `None` if the class has none.
pub fn len(vm: &mut Vm, obj: &Value) -> PyResult<Option<usize>> {
    let Some(r) = call_special(vm, obj, "__len__", &[])? else {
        return Ok(None);
    };
    // A bool is an int (`__len__` may return `True`).
    let r = crate::protocol::number::int_of(&r);
    match r.as_small_int() {
        Some(n) if n >= 0 => Ok(Some(n as usize)),
        Some(_) => Err(PyErr::value_error("__len__() should return >= 0")),
        None if r.as_heap_int().is_some() => Err(PyErr::new(
            &types::OVERFLOW_ERROR,
            "cannot fit 'int' into an index-sized integer",
        )),
        None => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            types::type_name(&r)
        ))),
    }
}

/// `hash(obj)` for an instance of a user-defined class: `__hash__`, an
/// error when the class set it to None (as a class defining `__eq__`
/// without `__hash__` does), or `None` for the identity hash.
pub fn hash(vm: &mut Vm, obj: &Value) -> PyResult<Option<i64>> {
    match lookup_special(obj, "__hash__") {
        None => Ok(None),
        Some(h) if h.is_none() => Err(crate::protocol::ops::unhashable(obj)),
        Some(h) => {
            let r = crate::protocol::number::int_of(&call_found(vm, h, obj, &[])?);
            // An int in the machine range is the hash itself (-1 becomes
            // -2); a larger one is hashed, as CPython does.
            let i = match r.as_small_int() {
                Some(i) => Some(i),
                None => match r.as_heap_int() {
                    Some(b) => b.to_i64(),
                    None => {
                        return Err(PyErr::type_error(
                            "__hash__ method should return an integer",
                        ))
                    }
                },
            };
            match i {
                Some(-1) => Ok(Some(-2)),
                Some(i) => Ok(Some(i)),
                None => crate::protocol::ops::hash(&r).map(Some),
            }
        }
    }
}

/// `repr(obj)` through `__repr__`; `None` if the class has none.
pub fn repr(vm: &mut Vm, obj: &Value) -> PyResult<Option<String>> {
    string_result(vm, obj, "__repr__")
}

/// `str(obj)` through `__str__`; `None` if the class has none.
pub fn str(vm: &mut Vm, obj: &Value) -> PyResult<Option<String>> {
    string_result(vm, obj, "__str__")
}

fn string_result(vm: &mut Vm, obj: &Value, name: &'static str) -> PyResult<Option<String>> {
    let Some(r) = call_special(vm, obj, name, &[])? else {
        return Ok(None);
    };
    match r.as_str() {
        Some(s) => Ok(Some(s.to_owned())),
        None => Err(PyErr::type_error(format!(
            "{name} returned non-string (type {})",
            types::type_name(&r)
        ))),
    }
}

/// The default `repr` of an instance: `<__main__.C object at 0x...>`.
pub fn default_repr(obj: &Value) -> String {
    let class = types::class_of(obj);
    let (module, qualname) = match class {
        Some(c) => {
            let key = crate::object::intern::intern_static("__module__").value();
            let module = crate::protocol::class::lookup(c, &key)
                .and_then(|m| m.as_str().map(str::to_owned))
                .unwrap_or_else(|| "__main__".to_owned());
            (module, c.qualname.clone())
        }
        None => {
            let addr = obj.as_obj().map_or(0, |o| o as *const _ as usize);
            return format!("<{} object at {addr:#x}>", types::type_name(obj));
        }
    };
    let addr = obj.as_obj().map_or(0, |o| o as *const _ as usize);
    format!("<{module}.{qualname} object at {addr:#x}>")
}

/// `with mgr:` — the bound `__exit__` and the result of `__enter__`.
pub fn enter_context(vm: &mut Vm, mgr: &Value) -> PyResult<(Value, Value)> {
    let (Some(enter), Some(exit)) = (
        lookup_special(mgr, "__enter__"),
        lookup_special(mgr, "__exit__"),
    ) else {
        let missing = if lookup_special(mgr, "__enter__").is_none() {
            ""
        } else {
            " (missed __exit__ method)"
        };
        return Err(PyErr::type_error(format!(
            "'{}' object does not support the context manager protocol{missing}",
            types::type_name(mgr)
        )));
    };
    let exit = crate::protocol::class_attr::bind(exit, mgr.clone());
    let entered = call_found(vm, enter, mgr, &[])?;
    Ok((exit, entered))
}

/// A unary operator (`-x`, `+x`, `~x`, `abs(x)`) on an instance of a
/// user-defined class; `what` names the operator in the TypeError.
pub fn unary(vm: &mut Vm, obj: &Value, name: &'static str, what: &str) -> PyResult<Value> {
    match call_special(vm, obj, name, &[])? {
        Some(r) => Ok(r),
        None => Err(PyErr::type_error(format!(
            "bad operand type for {what}: '{}'",
            types::type_name(obj)
        ))),
    }
}

/// `divmod(a, b)` where an operand has a user-defined class.
pub fn divmod(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if let Some(r) = answer(vm, a, "__divmod__", b)? {
        return Ok(Some(r));
    }
    if let Some(r) = answer(vm, b, "__rdivmod__", a)? {
        return Ok(Some(r));
    }
    Ok(None)
}
