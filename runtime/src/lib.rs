//! `coral-runtime`: the Coral process. A [`Runtime`] runs many isolated
//! Python interpreters at once, each on its own OS thread with its own GIL;
//! they share only immortal objects and immutable code, and talk through
//! [`Queue`]s of [`Shareable`] values.
//!
//! ```
//! use coral_runtime::{InterpreterConfig, OutputMode, Runtime, Shareable};
//!
//! let rt = Runtime::default();
//! let config = InterpreterConfig { output: OutputMode::Capture, ..Default::default() };
//! let a = rt.spawn(config).expect("spawn");
//! a.exec("def square(x):\n    return x * x\nprint('ready')").expect("exec");
//! assert_eq!(a.call("square", vec![Shareable::Int(12)]), Ok(Shareable::Int(144)));
//! assert_eq!(a.take_output().stdout, "ready\n");
//! a.close().expect("close");
//! ```

pub mod alloc;
mod error;
mod host;
mod interpreter;
mod queue;
mod runtime;
pub mod share;
mod spin;
mod worker;

pub use error::{Error, ExcInfo};
pub use interpreter::{
    Captured, Interpreter, InterpreterConfig, InterpreterId, InterpreterStats, OutputMode, Pending,
};
pub use queue::{Queue, QueueError};
pub use runtime::{Runtime, RuntimeConfig};
pub use share::{NotShareable, Shareable};

/// Locks a mutex of the runtime's bookkeeping, recovering from poisoning:
/// each guards plain data that is consistent between statements.
pub(crate) fn sync_lock<T>(m: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}
