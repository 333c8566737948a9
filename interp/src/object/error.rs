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
        PyErr::with_args(&types::MEMORY_ERROR, Vec::new())
    }
}

/// The largest single buffer a program may ask for (16 GiB). mimalloc
/// reserves address space without committing it, so a request for a
/// terabyte would succeed and the process would die filling it; CPython's
/// allocator refuses such a request and raises `MemoryError`, and so does
/// Coral past this size.
pub const MAX_ALLOC_BYTES: usize = 1 << 34;

/// `MemoryError` unless a buffer of `bytes` bytes (`None`: the size
/// overflowed) is allowed.
pub fn check_alloc(bytes: Option<usize>) -> PyResult<usize> {
    match bytes {
        Some(b) if b <= MAX_ALLOC_BYTES => Ok(b),
        _ => Err(PyErr::memory_error()),
    }
}

/// An empty vector with room for `items` items, or `MemoryError`: a
/// program asking for `[0] * 10**10` gets an exception, not an abort.
pub fn vec_with_capacity<T>(items: usize) -> PyResult<Vec<T>> {
    check_alloc(items.checked_mul(std::mem::size_of::<T>()))?;
    let mut v = Vec::new();
    v.try_reserve_exact(items)
        .map_err(|_| PyErr::memory_error())?;
    Ok(v)
}

/// An empty string with room for `bytes` bytes, or `MemoryError`: a
/// program asking for `'x'.center(2**62)` gets an exception, not an abort.
pub fn string_with_capacity(bytes: Option<usize>) -> PyResult<String> {
    let mut s = String::new();
    s.try_reserve_exact(check_alloc(bytes)?)
        .map_err(|_| PyErr::memory_error())?;
    Ok(s)
}

/// Makes room for `more` bytes in `s`, or `MemoryError`.
pub fn reserve_string(s: &mut String, more: usize) -> PyResult<()> {
    check_alloc(s.len().checked_add(more))?;
    s.try_reserve(more).map_err(|_| PyErr::memory_error())
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
