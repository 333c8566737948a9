//! `coral-interp`: one Coral interpreter.
//!
//! The crate is folders in layers, from the bottom up (see
//! `docs/architecture.md`): `support/` (the `sync` facade, the eval breaker,
//! bloom filter, backoff counters), `format/` (CPython-exact number and
//! string formatting), `bytecode/` (the instruction set and immutable code),
//! `compile/` (source to code), `object/` (values, heap objects, types,
//! per-interpreter code), `protocol/` (Python semantics over objects),
//! `monitor/` (`sys.settrace`), `tier2/` (the VM side of the optimizer API),
//! `vm/` (the interpreter at run time, the eval loop), `builtins/` and
//! `stdlib/`. A file uses only the layers below its own;
//! `tests/layers.rs` checks it.
//!
//! This file is the crate's public API: the interpreter ([`Vm`]), its values
//! and errors at the root, and in [`api`] what embedders, optimizers and the
//! runtime need besides. Nothing else is public.
//!
//! ```
//! use coral_interp::{Vm, VmConfig};
//! let mut vm = Vm::new(VmConfig::default());
//! vm.run_main("x = 6 * 7\nassert x == 42\n", "<example>").expect("runs");
//! ```

// The layers, bottom first: each uses only those above it in this list
// (blank lines keep rustfmt from sorting them).
pub(crate) mod support;

pub(crate) mod format;

pub(crate) mod bytecode;

pub(crate) mod compile;

pub(crate) mod object;

pub(crate) mod protocol;

pub(crate) mod monitor;

pub(crate) mod tier2;

pub(crate) mod vm;

pub(crate) mod builtins;

pub(crate) mod stdlib;

mod natives;

pub use object::error::{CoralError, PyErr, PyResult};
pub use object::value::Value;
pub use support::eval_breaker::EvalBreaker;
pub use vm::{Vm, VmConfig};

/// Everything besides the interpreter itself that other crates use: the
/// optimizer API, compiled code, the eval breaker's bits, and the object
/// model that host modules and cross-interpreter copies work with.
pub mod api {
    // The eval breaker's bits and the interpreter's defaults.
    pub use crate::support::eval_breaker::{
        EXECUTORS_INVALIDATED, GIL_DROP_REQUEST, INTERRUPT, SHUTDOWN,
    };
    pub use crate::tier2::DEFAULT_HOT_THRESHOLD;
    pub use crate::vm::gil::DEFAULT_SWITCH_INTERVAL_US;
    pub use crate::vm::threads::WakeUp;
    pub use crate::vm::DEFAULT_RECURSION_LIMIT;

    // Compiling, showing and loading code.
    pub use crate::bytecode::code::Code;
    pub use crate::bytecode::dis::disassemble;
    pub use crate::bytecode::index::{ConstIndex, LocalIndex, NameIndex, Operand};
    pub use crate::bytecode::instruction::{decode, Opcode};
    pub use crate::compile::{compile, CompileError};
    pub use crate::object::code::CodeObj;
    pub use crate::vm::compile_error_to_exception;

    // The optimizer API (contract 7).
    pub use crate::tier2::executor::{ExecCtx, Executor, ExecutorExit, ExecutorIndex, InstrIndex};
    pub use crate::tier2::optimizer::{
        Capabilities, Costs, HotSpot, Optimizer, OptimizerError, OptimizerSlot, SiteKind, Stamp,
    };
    pub use crate::tier2::OptimizerStats;
    pub use cranelift_entity::EntityRef;

    // The object model, for host functions and modules and for copying
    // values between interpreters.
    pub use crate::object::error::panic_message;
    pub use crate::object::intern::intern;
    pub use crate::object::str::str_hash;
    pub use crate::object::types::{self, class_of, type_name};
    pub use crate::object::{
        BuiltinDef, BuiltinKind, BuiltinObj, CodeSlot, DictTable, Function, KwArgs, Obj, Payload,
        SetTable, StaticObj, EMPTY_TUPLE, FALSE, IMMORTAL, NONE, TRUE,
    };
    pub use crate::vm::module::{ModuleInit, Namespace};

    // Python semantics a host calls.
    pub use crate::builtins::{arg_count, kwarg, no_args, no_kwargs, one_arg};
    pub use crate::protocol::attr::getattr;
    pub use crate::protocol::merge::dict_set;
    pub use crate::protocol::ops::{hash, number_to_f64, truthy};
    pub use crate::protocol::repr::str as to_str;
    pub use crate::vm::import::import_name;
    pub use crate::vm::traceback::format_exception;

    pub use crate::builtin_table;
}

/// What the loom models in `tests/loom_*.rs` drive directly. Built only
/// under `cfg(loom)`: the GIL's raw-pointer hand-over is not public API.
#[cfg(loom)]
#[doc(hidden)]
pub mod loom_api {
    pub use crate::support::eval_breaker::{
        EvalBreaker, EXECUTORS_INVALIDATED, GIL_DROP_REQUEST, INTERRUPT,
    };
    pub use crate::tier2::executor::Executor;
    pub use crate::tier2::optimizer::{HotSpot, Optimizer, OptimizerError, OptimizerSlot, Stamp};
    pub use crate::vm::gil::Gil;
}
