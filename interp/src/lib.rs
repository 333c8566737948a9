//! `coral-interp`: one Coral interpreter.
//!
//! Values are one NaN-boxed word ([`value`]); heap objects carry a
//! non-atomic reference count, and immortal objects are shared by every
//! interpreter of the process ([`object`], [`types`]). The [`compiler`] turns
//! Python source into [`code`] objects whose instruction set is defined once
//! in [`instruction`]; the eval loop ([`eval`]) runs them on a per-interpreter
//! frame stack ([`frame`]). A [`Vm`] is one interpreter; it is `!Send`, so the
//! compiler keeps its objects on its thread.
//!
//! ```
//! use coral_interp::{Vm, VmConfig};
//! let mut vm = Vm::new(VmConfig::default());
//! vm.run_main("x = 6 * 7\nassert x == 42\n", "<example>").expect("runs");
//! ```

pub mod builtins;
pub mod bytecode;
pub mod compile;
pub mod format;
pub mod monitor;
pub mod object;
pub mod protocol;
pub mod stdlib;

mod natives;
pub mod support;
pub mod tier2;
pub mod vm;

pub use object::error::{CoralError, PyErr, PyResult};
pub use object::value::Value;
pub use support::eval_breaker::EvalBreaker;
pub use vm::{Vm, VmConfig};
