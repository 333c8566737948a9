//! The objects `sys.stdout` and `sys.stderr` name: small module-like
//! objects whose `write` and `flush` go to the interpreter's output streams,
//! and which `print(file=...)` recognises.

use crate::builtins::no_kwargs;
use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::{BuiltinDef, BuiltinObj, KwArgs, ModuleObj, Obj, Payload};
use crate::vm::module::Namespace;
use crate::vm::Vm;

static WRITE: BuiltinDef = BuiltinDef {
    name: "write",
    func: stream_write,
    kind: crate::object::BuiltinKind::Method,
};
static FLUSH: BuiltinDef = BuiltinDef {
    name: "flush",
    func: stream_flush,
    kind: crate::object::BuiltinKind::Method,
};

const STDOUT_NAME: &str = "<stdout>";
const STDERR_NAME: &str = "<stderr>";

fn stream(name: &str) -> Value {
    let marker = Value::str(name);
    let mut ns = Namespace::new();
    for def in [&WRITE, &FLUSH] {
        ns.set(
            def.name,
            Obj::alloc(Payload::Builtin(BuiltinObj {
                def,
                bound: Some(marker.clone()),
            })),
        );
    }
    ns.set("name", Value::str(name));
    Obj::alloc(Payload::Module(Box::new(ModuleObj {
        name: name.to_owned(),
        dict: ns.into_dict(),
    })))
}

fn stream_name(v: &Value) -> Option<&str> {
    match v.payload() {
        Some(Payload::Module(m)) => Some(m.name.as_str()),
        _ => None,
    }
}

/// True if `v` is `sys.stdout`.
pub fn is_stdout(v: &Value) -> bool {
    stream_name(v) == Some(STDOUT_NAME)
}

/// True if `v` is `sys.stderr`.
pub fn is_stderr(v: &Value) -> bool {
    stream_name(v) == Some(STDERR_NAME)
}

/// A new `sys.stdout` object.
pub fn stdout() -> Value {
    stream(STDOUT_NAME)
}

/// A new `sys.stderr` object.
pub fn stderr() -> Value {
    stream(STDERR_NAME)
}

fn stream_write(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("write", kwargs)?;
    let (marker, text) = match args {
        [m, t] => (m, t),
        _ => {
            return Err(PyErr::type_error(format!(
                "write() takes exactly one argument ({} given)",
                args.len().saturating_sub(1)
            )))
        }
    };
    let Some(s) = text.as_str_obj() else {
        return Err(PyErr::type_error(format!(
            "write() argument must be str, not {}",
            crate::object::types::type_name(text)
        )));
    };
    if marker.as_str() == Some(STDERR_NAME) {
        vm.write_stderr(s.as_str());
    } else {
        vm.write_stdout(s.as_str())?;
    }
    Ok(Value::int(s.char_len() as i64))
}

fn stream_flush(vm: &mut Vm, _args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    vm.flush()?;
    Ok(Value::none())
}
