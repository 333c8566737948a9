//! The counting optimizer: the simplest optimizer that obeys the contract,
//! the basis of the API's tests.
//!
//! It accepts every hot back edge. Its executor counts how often it is
//! entered and executes the `JUMP_BACKWARD` it replaced (the jump; the
//! eval-breaker check belongs to `ENTER_EXECUTOR`), so a program runs
//! exactly as in tier 1 while every entry, invalidation and re-creation
//! can be observed. It declares the dependencies a real optimizer of the
//! loop would have: each global the loop body reads (as a key of the
//! globals and of the builtins dict), and each class such a global names
//! (its attributes might have been inlined); so rebinding one of those
//! globals, or setting an attribute of one of those classes, invalidates
//! the executor, while other globals may change freely.

use coral_interp::code::CodeObj;
use coral_interp::executor::{ExecCtx, Executor, ExecutorExit, InstrIndex};
use coral_interp::instruction::{decode, Opcode};
use coral_interp::object::Payload;
use coral_interp::optimizer::{HotSpot, Optimizer, OptimizerError};
use coral_interp::{PyResult, Value};
use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};

/// Makes a [`CounterExecutor`] for every hot `JUMP_BACKWARD`.
#[derive(Debug, Default)]
pub struct CounterOptimizer {
    compiled: AtomicU64,
}

impl CounterOptimizer {
    /// A counting optimizer.
    pub fn new() -> CounterOptimizer {
        CounterOptimizer::default()
    }

    /// Executors made so far, by every interpreter using this optimizer.
    pub fn compiled(&self) -> u64 {
        self.compiled.load(Ordering::Relaxed)
    }
}

impl Optimizer for CounterOptimizer {
    fn name(&self) -> &str {
        "counter"
    }

    fn compile(&self, site: &mut HotSpot<'_>) -> Result<Option<Box<dyn Executor>>, OptimizerError> {
        let Some((Opcode::JUMP_BACKWARD, target)) = site.original().and_then(decode) else {
            return Ok(None);
        };
        let (globals, builtins) = (site.globals().clone(), site.builtins().clone());
        for name in globals_read(site.code(), target as usize, site.offset().index()) {
            let Some(text) = name.as_str() else { continue };
            // A global shadows a builtin of the same name: binding one
            // changes what the loop reads.
            site.depend_on_key(&globals, text);
            site.depend_on_key(&builtins, text);
            if let Some(v) = lookup(&globals, &name) {
                if matches!(v.payload(), Some(Payload::Class(_))) {
                    site.depend_on(&v);
                }
            }
        }
        self.compiled.fetch_add(1, Ordering::Relaxed);
        Ok(Some(Box::new(CounterExecutor {
            target: InstrIndex(target),
            entries: Cell::new(0),
        })))
    }
}

/// The names of the globals that instructions in `start..end` of `code`
/// read.
fn globals_read(code: &CodeObj, start: usize, end: usize) -> Vec<Value> {
    let words = &code.code.instrs;
    let mut names = Vec::new();
    let mut pc = start;
    while pc < end.min(words.len()) {
        let Some((op, arg)) = decode(words[pc]) else {
            break;
        };
        if matches!(op, Opcode::LOAD_GLOBAL | Opcode::LOAD_GLOBAL_PUSH_NULL) {
            names.extend(code.names.get(arg as usize).cloned());
        }
        pc += 1 + op.cache_words();
    }
    names
}

/// `globals[name]`, for a str `name`.
fn lookup(globals: &Value, name: &Value) -> Option<Value> {
    let key = name.as_str()?;
    let hash = coral_interp::object::str::str_hash(key);
    globals.as_dict()?.borrow().get(name, hash).cloned()
}

/// Counts its entries and jumps where the replaced `JUMP_BACKWARD` jumped.
#[derive(Debug)]
pub struct CounterExecutor {
    target: InstrIndex,
    entries: Cell<u64>,
}

impl Executor for CounterExecutor {
    fn execute(&self, _ctx: &mut ExecCtx<'_>) -> PyResult<ExecutorExit> {
        self.entries.set(self.entries.get() + 1);
        Ok(ExecutorExit::Resume(self.target))
    }

    fn describe(&self) -> String {
        format!(
            "counter executor: JUMP_BACKWARD to {}, entered {} times",
            self.target.0,
            self.entries.get()
        )
    }
}
