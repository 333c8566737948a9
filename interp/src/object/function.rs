//! Callable payloads: functions written in Python, functions written in Rust
//! (builtins and builtin methods), and closure cells.

use crate::code::CodeObj;
use crate::error::PyResult;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// A function defined in Python: code plus the environment it closes over.
pub struct Function {
    /// The compiled body.
    pub code: Rc<CodeObj>,
    /// The module globals (a dict).
    pub globals: Value,
    /// Defaults of the trailing positional parameters.
    pub defaults: Vec<Value>,
    /// Defaults of keyword-only parameters, by name.
    pub kwdefaults: Vec<(Value, Value)>,
    /// Cells of the free variables, in `code.freevars` order.
    pub closure: Vec<Value>,
    /// `__name__`.
    pub name: Value,
    /// `__qualname__`.
    pub qualname: Value,
    /// Attributes set on the function (`f.__wrapped__ = ...`, or a new
    /// `__name__`/`__doc__`), which take precedence over the fields.
    /// (`__dict__`, a dict object so that `f.__dict__` is live).
    pub attrs: Value,
}

/// Keyword arguments of a builtin call: name (a str) and value pairs.
pub type KwArgs = [(Value, Value)];

/// The Rust signature of every builtin function and method. Methods receive
/// `self` as the first positional argument.
pub type BuiltinFn = fn(&mut Vm, &[Value], &KwArgs) -> PyResult<Value>;

/// A builtin function's static description.
pub struct BuiltinDef {
    /// Python-visible name.
    pub name: &'static str,
    /// Implementation.
    pub func: BuiltinFn,
}

/// A builtin function object, or a builtin method bound to an object.
pub struct BuiltinObj {
    /// What to call.
    pub def: &'static BuiltinDef,
    /// The receiver, for a bound method (`[].append`).
    pub bound: Option<Value>,
}

/// A closure cell; `None` while the variable is unbound.
pub struct CellObj(pub RefCell<Option<Value>>);
