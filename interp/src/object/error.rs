//! Errors: the Python exception carried through the VM ([`PyErr`]) and the
//! Rust error an embedder sees ([`CoralError`]).

use crate::object::exception::ExcObj;
use crate::object::types::{self, TypeObj};
use crate::object::value::Value;
use crate::object::{Obj, Payload};

/// A raised Python exception: one word, the exception instance.
pub struct PyErr(Value);

/// The result of anything that may raise.
pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    /// An exception of type `ty` with one str argument.
    pub fn new(ty: &'static TypeObj, msg: impl Into<String>) -> PyErr {
        PyErr::with_args(ty, vec![Value::string(msg.into())])
    }

    /// An exception of type `ty` with the given arguments.
    pub fn with_args(ty: &'static TypeObj, args: Vec<Value>) -> PyErr {
        PyErr(Obj::alloc(Payload::Exception(Box::new(ExcObj::new(
            ty,
            Value::tuple(args),
        )))))
    }

    /// Wraps an exception instance.
    pub fn from_instance(exc: Value) -> PyErr {
        debug_assert!(matches!(exc.payload(), Some(Payload::Exception(_))));
        PyErr(exc)
    }

    /// The exception instance.
    pub fn instance(&self) -> &Value {
        &self.0
    }

    /// Takes the exception instance.
    pub fn into_instance(self) -> Value {
        self.0
    }

    /// The exception's payload.
    pub fn exc(&self) -> &ExcObj {
        match self.0.payload() {
            Some(Payload::Exception(e)) => e,
            _ => unreachable!("PyErr always holds an exception instance"),
        }
    }

    /// True if the exception is an instance of `ty`.
    pub fn matches(&self, ty: &TypeObj) -> bool {
        self.exc().ty.is_subtype(ty)
    }

    /// `TypeError(msg)`.
    pub fn type_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types::TYPE_ERROR, msg)
    }

    /// `ValueError(msg)`.
    pub fn value_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types::VALUE_ERROR, msg)
    }

    /// `IndexError(msg)`.
    pub fn index_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types::INDEX_ERROR, msg)
    }

    /// `KeyError(key)`.
    pub fn key_error(key: Value) -> PyErr {
        PyErr::with_args(&types::KEY_ERROR, vec![key])
    }

    /// `ZeroDivisionError(msg)`.
    pub fn zero_division(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types::ZERO_DIVISION_ERROR, msg)
    }

    /// `OverflowError(msg)`.
    pub fn overflow(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types::OVERFLOW_ERROR, msg)
    }

    /// `AttributeError(msg)`.
    pub fn attribute_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types::ATTRIBUTE_ERROR, msg)
    }

    /// `RuntimeError(msg)`.
    pub fn runtime_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types::RUNTIME_ERROR, msg)
    }

    /// `SystemError(msg)`: the interpreter (or a plug-in) broke its own
    /// rules.
    pub fn system_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types::SYSTEM_ERROR, msg)
    }

    /// `StopIteration()`.
    pub fn stop_iteration() -> PyErr {
        PyErr::with_args(&types::STOP_ITERATION, Vec::new())
    }

    /// `MemoryError()`.
    pub fn memory_error() -> PyErr {
        crate::object::alloc::with_reserve(|| PyErr::with_args(&types::MEMORY_ERROR, Vec::new()))
    }
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyErr({})", self.exc().ty.name)
    }
}

/// What an embedder gets back when running Python code fails.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CoralError {
    /// An uncaught Python exception.
    #[error("{traceback}")]
    Exception {
        /// The exception type's name, e.g. `ValueError`.
        type_name: String,
        /// `str(exc)`.
        message: String,
        /// The whole CPython-style report: traceback lines and the final
        /// `Type: message` line.
        traceback: String,
    },
    /// The program called `sys.exit` (or raised `SystemExit`).
    #[error("SystemExit: {code}")]
    Exit {
        /// The exit status.
        code: i32,
        /// A message to print on stderr (`sys.exit("msg")`), if any.
        message: Option<String>,
    },
}

/// The message of a caught Rust panic (`panic!("...")` payloads are a
/// `&str` or a `String`).
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "a Rust panic".to_owned()
    }
}
