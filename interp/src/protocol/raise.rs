//! Raising and matching exceptions: `raise X from Y`, `except T`, implicit
//! chaining (`__context__`), and exception attributes.

use crate::object::error::{PyErr, PyResult};
use crate::object::exception::ExcObj;
use crate::object::types::{self, type_of, TypeObj};
use crate::object::value::Value;
use crate::object::Payload;
use crate::vm::Vm;

fn exception_type(v: &Value) -> Option<&'static TypeObj> {
    v.as_type().filter(|t| t.is_subtype(&types::BASE_EXCEPTION))
}

/// Instantiates an exception type with `args`.
pub fn new_exception(ty: &'static TypeObj, args: Vec<Value>) -> Value {
    PyErr::with_args(ty, args).into_instance()
}

/// True for a user-defined class deriving from `BaseException`.
fn is_exception_class(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Class(c)) if c.builtin_base.is_subtype(&types::BASE_EXCEPTION))
}

/// Turns the operand of `raise` into an exception (instantiating a class).
fn to_exception(vm: &mut Vm, v: Value, what: &str) -> PyResult<Value> {
    if let Some(ty) = exception_type(&v) {
        return Ok(new_exception(ty, Vec::new()));
    }
    if is_exception_class(&v) {
        let exc = vm.call(&v, Vec::new(), &[])?;
        if matches!(exc.payload(), Some(Payload::Exception(_))) {
            return Ok(exc);
        }
        return Err(PyErr::type_error(format!(
            "calling {} should have returned an instance of BaseException, not {}",
            crate::protocol::repr::repr(vm, &v)?,
            crate::object::types::type_name(&exc)
        )));
    }
    if matches!(v.payload(), Some(Payload::Exception(_))) {
        return Ok(v);
    }
    Err(PyErr::type_error(what.to_owned()))
}

/// `raise exc [from cause]`.
pub fn make_raise(vm: &mut Vm, exc: Value, cause: Option<Value>) -> PyResult<PyErr> {
    let exc = to_exception(vm, exc, "exceptions must derive from BaseException")?;
    if let Some(cause) = cause {
        let cause = if cause.is_none() {
            None
        } else {
            Some(to_exception(
                vm,
                cause,
                "exception causes must derive from BaseException",
            )?)
        };
        if let Some(Payload::Exception(e)) = exc.payload() {
            let mut st = e.state.borrow_mut();
            st.cause = cause;
            st.suppress_context = true;
        }
    }
    Ok(PyErr::from_instance(exc))
}

/// `except ty:` — `ty` is an exception class or a tuple of them.
pub fn exception_matches(exc: &Value, ty: &Value) -> PyResult<bool> {
    let exc_ty = type_of(exc);
    let check = |t: &Value| -> PyResult<bool> {
        if is_exception_class(t) {
            return Ok(crate::protocol::class::is_instance(exc, t));
        }
        match exception_type(t) {
            Some(t) => Ok(exc_ty.is_subtype(t)),
            None => Err(PyErr::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    };
    if let Some(items) = ty.as_tuple() {
        // Like CPython, every item is checked before any is matched, and
        // a nested tuple is not a class.
        let mut found = false;
        for t in items {
            if t.as_tuple().is_some() {
                return Err(PyErr::type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
            found = check(t)? || found;
        }
        return Ok(found);
    }
    check(ty)
}

/// Records the exception being handled as `__context__` of a new one.
pub fn set_context(vm: &mut Vm, err: &PyErr) {
    let handling = &vm.exc_info;
    if handling.is_none() || handling.is(err.instance()) {
        return;
    }
    let exc = err.exc();
    let mut st = exc.state.borrow_mut();
    // Never make an exception its own (indirect) context.
    let mut cur = Some(handling.clone());
    while let Some(c) = cur {
        if c.is(err.instance()) {
            return;
        }
        cur = match c.payload() {
            Some(Payload::Exception(e)) => e.state.borrow().context.clone(),
            _ => None,
        };
    }
    st.context = Some(handling.clone());
}

/// Attributes of exception instances.
pub fn exception_attr(e: &ExcObj, name: &str) -> Option<Value> {
    let d = e.dict.borrow();
    // Most exceptions have no attributes of their own: skip building a key.
    if let Some(v) = (!d.is_empty())
        .then(|| d.get(&Value::str(name), crate::object::str::str_hash(name)))
        .flatten()
    {
        return Some(v.clone());
    }
    let st = e.state.borrow();
    let args = st.args.as_tuple().unwrap_or(&[]);
    Some(match name {
        "args" => st.args.clone(),
        "__cause__" => st.cause.clone().unwrap_or_else(Value::none),
        "__context__" => st.context.clone().unwrap_or_else(Value::none),
        "__suppress_context__" => Value::bool(st.suppress_context),
        "__traceback__" => Value::none(),
        "code" if e.ty.is_subtype(&types::SYSTEM_EXIT) => match args {
            [] => Value::none(),
            [one] => one.clone(),
            many => Value::tuple(many.to_vec()),
        },
        "value" if e.ty.is_subtype(&types::STOP_ITERATION) => {
            args.first().cloned().unwrap_or_else(Value::none)
        }
        // `OSError(errno, strerror)` names its first two arguments.
        "errno" | "strerror" if e.ty.is_subtype(&types::OS_ERROR) => match args {
            [errno, strerror, ..] if args.len() <= 5 => {
                if name == "errno" {
                    errno.clone()
                } else {
                    strerror.clone()
                }
            }
            _ => Value::none(),
        },
        // Coral keeps the file name as the third argument.
        "filename" if e.ty.is_subtype(&types::OS_ERROR) => match args {
            [_, _, f, ..] if args.len() <= 5 => f.clone(),
            _ => Value::none(),
        },
        "msg" if e.ty.is_subtype(&types::SYNTAX_ERROR) => {
            args.first().cloned().unwrap_or_else(Value::none)
        }
        "filename" | "lineno" | "offset" | "text" if e.ty.is_subtype(&types::SYNTAX_ERROR) => {
            let idx = ["filename", "lineno", "offset", "text"]
                .iter()
                .position(|n| *n == name)
                .unwrap_or(0);
            args.get(1)
                .and_then(|d| d.as_tuple().and_then(|t| t.get(idx).cloned()))
                .unwrap_or_else(Value::none)
        }
        "name" if e.ty.is_subtype(&types::NAME_ERROR) || e.ty.is_subtype(&types::IMPORT_ERROR) => {
            Value::none()
        }
        _ => return None,
    })
}

/// Sets an exception attribute (`args`, `__cause__`, `__context__`).
pub fn set_exception_attr(e: &ExcObj, name: &str, v: Value, obj: &Value) -> PyResult<()> {
    let mut st = e.state.borrow_mut();
    match name {
        "args" => {
            st.args = match v.as_tuple() {
                Some(_) => v,
                None => Value::tuple(vec![v]),
            }
        }
        "__cause__" => {
            st.cause = (!v.is_none()).then_some(v);
            st.suppress_context = true;
        }
        "__context__" => st.context = (!v.is_none()).then_some(v),
        "__suppress_context__" => st.suppress_context = crate::protocol::ops::truthy(&v),
        _ => {
            // Exceptions have a `__dict__`: any other attribute is stored.
            let _ = obj;
            let key = Value::str(name);
            let h = crate::object::str::str_hash(name);
            let old = e.dict.borrow_mut().insert(key, h, v);
            drop(st);
            drop(old);
        }
    }
    Ok(())
}

/// Sets `ImportError.name` (and `ModuleNotFoundError.name`).
pub fn set_import_name(err: &PyErr, name: &str) {
    set_attr(err, "name", Value::str(name));
}

/// Sets an attribute of an exception being raised (`AttributeError.obj`).
pub fn set_attr(err: &PyErr, key: &str, v: Value) {
    if let Some(Payload::Exception(e)) = err.instance().payload() {
        let h = crate::object::str::str_hash(key);
        let old = e.dict.borrow_mut().insert(Value::str(key), h, v);
        drop(old);
    }
}
