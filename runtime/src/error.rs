//! The embedding API's errors.

use crate::interpreter::InterpreterId;
use crate::share::NotShareable;

/// A Python exception that ended a job, as data (PEP 734's
/// `ExecutionFailed.excinfo`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExcInfo {
    /// The exception's type name (`ValueError`).
    pub type_name: String,
    /// The module of the exception's class (`builtins` for builtin ones).
    pub type_module: String,
    /// `str()` of the exception (`bad value 42`).
    pub message: String,
    /// The traceback, formatted as CPython prints it.
    pub traceback: String,
}

/// What went wrong with an interpreter or a job sent to it.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The job raised a Python exception.
    #[error("{}: {}", .0.type_name, .0.message)]
    Exception(ExcInfo),
    /// The interpreter was closed (or never existed).
    #[error("interpreter {0} is closed")]
    Closed(InterpreterId),
    /// The interpreter is running a job, so it cannot be closed.
    #[error("interpreter {0} is running")]
    Running(InterpreterId),
    /// A Rust panic inside the interpreter; it is out of service.
    #[error("interpreter {id} failed: {message}")]
    Failed {
        /// The interpreter.
        id: InterpreterId,
        /// The panic message.
        message: String,
    },
    /// An argument or result cannot cross between interpreters.
    #[error(transparent)]
    NotShareable(#[from] NotShareable),
    /// The function to call does not exist in the interpreter.
    #[error("no function named '{0}' in __main__")]
    NoSuchFunction(String),
    /// A restriction of the interpreter's configuration forbids this.
    #[error("{0}")]
    Forbidden(String),
    /// The OS refused a thread.
    #[error("cannot start an interpreter thread: {0}")]
    Spawn(String),
    /// Waiting for a result timed out; the job goes on.
    #[error("timed out waiting for the result")]
    Timeout,
}
