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

pub mod attr;
pub mod attr_cache;
pub mod backoff;
pub mod bloom;
pub mod builtins;
pub mod call;
pub mod class;
pub mod class_attr;
pub mod code;
pub mod compiler;
pub mod dis;
pub mod error;
pub mod eval;
pub mod eval_breaker;
pub mod exception;
pub mod executor;
pub mod finalize;
pub mod format;
pub mod formatting;
pub mod frame;
pub mod frame_object;
pub mod function_attr;
pub mod generator;
pub mod gil;
pub mod import;
pub mod instruction;
pub mod instrument;
pub mod intern;
pub mod iter_parts;
pub mod iterate;
pub mod methods;
pub mod modules;
pub mod object;
pub mod ops;
pub mod optimizer;
pub mod raise;
pub mod repr;
pub mod special;
pub mod subscript;
pub mod sync;
pub mod thread_state;
pub mod tier2;
pub mod trace;
pub mod traceback;
pub mod types;
pub mod value;
pub mod vm;

pub use error::{CoralError, PyErr, PyResult};
pub use eval_breaker::EvalBreaker;
pub use value::Value;
pub use vm::{Vm, VmConfig};
