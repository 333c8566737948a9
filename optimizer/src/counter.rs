//! The counting optimizer: the simplest optimizer that obeys the contract,
//! the basis of the API's tests.
//!
//! It accepts every hot back edge. Its executor counts how often it is
//! entered and executes the `JUMP_BACKWARD` it replaced (the jump; the
//! eval-breaker check belongs to `ENTER_EXECUTOR`), so a program runs
//! exactly as in tier 1 while every entry, invalidation and re-creation
//! can be observed.

use coral_interp::code::CodeObj;
use coral_interp::executor::{ExecCtx, Executor, ExecutorExit, InstrIndex};
use coral_interp::instruction::{decode, Opcode};
use coral_interp::optimizer::{Optimizer, OptimizerError};
use coral_interp::PyResult;
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

    fn compile(
        &self,
        code: &CodeObj,
        offset: InstrIndex,
    ) -> Result<Option<Box<dyn Executor>>, OptimizerError> {
        let word = code.code.instrs.get(offset.index()).copied();
        let Some((Opcode::JUMP_BACKWARD, target)) = word.and_then(decode) else {
            return Ok(None);
        };
        self.compiled.fetch_add(1, Ordering::Relaxed);
        Ok(Some(Box::new(CounterExecutor {
            target: InstrIndex(target),
            entries: Cell::new(0),
        })))
    }
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
