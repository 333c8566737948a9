//! The counting optimizer: the simplest optimizer that obeys the contract,
//! the basis of the API's tests.
//!
//! It accepts every hot spot the VM reports: back edges, function entries
//! and resumptions after `yield`. Its executor counts how often it is
//! entered and executes the instruction it replaced (a `JUMP_BACKWARD`'s
//! jump; for a `RESUME`, nothing: the eval-breaker check both share belongs
//! to `ENTER_EXECUTOR`), so a program runs exactly as in tier 1 while every
//! entry, invalidation and re-creation can be observed. It declares the
//! dependencies a real optimizer of that code would have: each global the
//! code it covers reads (a loop's body, or the rest of the function from a
//! `RESUME`), as a key of the globals and of the builtins dict, and each
//! class or function such a global names (a class's attributes or a
//! function's body might have been inlined); so rebinding one of those
//! globals, setting an attribute of one of those classes, or assigning the
//! `__code__` or `__defaults__` of one of those functions invalidates the
//! executor, while other globals may change freely.

use coral_interp::api::CodeObj;
use coral_interp::api::Payload;
use coral_interp::api::{decode, Opcode};
use coral_interp::api::{Capabilities, HotSpot, Optimizer, OptimizerError, SiteKind};
use coral_interp::api::{EntityRef, ExecCtx, Executor, ExecutorExit, InstrIndex, NameIndex};
use coral_interp::{PyResult, Value};
use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};

/// Makes a [`CounterExecutor`] for every hot spot.
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

    fn capabilities(&self) -> Capabilities {
        Capabilities::ALL
    }

    fn compile(&self, site: &mut HotSpot<'_>) -> Result<Option<Box<dyn Executor>>, OptimizerError> {
        let Some((op, arg)) = site.original().and_then(decode) else {
            return Ok(None);
        };
        let at = site.offset();
        // What the executor continues at, and the code it stands for.
        let (next, covered) = match (op, site.kind()) {
            (Opcode::JUMP_BACKWARD, SiteKind::BackEdge) => (arg, arg as usize..at.index()),
            (Opcode::RESUME, SiteKind::FunctionEntry | SiteKind::ResumeAfterYield) => {
                let next = at.as_u32() + 1 + op.cache_words() as u32;
                (next, next as usize..site.code().code.instrs.len())
            }
            _ => return Ok(None),
        };
        let (globals, builtins) = (site.globals().clone(), site.builtins().clone());
        for name in globals_read(site.code(), covered) {
            let Some(text) = name.as_str() else { continue };
            // A global shadows a builtin of the same name: binding one
            // changes what the code reads.
            site.depend_on_key(&globals, text);
            site.depend_on_key(&builtins, text);
            if let Some(v) = lookup(&globals, &name) {
                // A class's attributes or a function's body might have
                // been inlined.
                if matches!(v.payload(), Some(Payload::Class(_) | Payload::Function(_))) {
                    site.depend_on(&v);
                }
            }
        }
        self.compiled.fetch_add(1, Ordering::Relaxed);
        Ok(Some(Box::new(CounterExecutor {
            kind: site.kind(),
            next: InstrIndex::from_u32(next),
            entries: Cell::new(0),
        })))
    }
}

/// The names of the globals that instructions in `range` of `code` read.
fn globals_read(code: &CodeObj, range: std::ops::Range<usize>) -> Vec<Value> {
    let words = &code.code.instrs;
    let mut names = Vec::new();
    let mut pc = range.start;
    while pc < range.end.min(words.len()) {
        let Some((op, arg)) = decode(words[pc]) else {
            break;
        };
        if matches!(op, Opcode::LOAD_GLOBAL | Opcode::LOAD_GLOBAL_PUSH_NULL) {
            names.extend(code.names.get(NameIndex::from_u32(arg)).cloned());
        }
        pc += 1 + op.cache_words();
    }
    names
}

/// `globals[name]`, for a str `name`.
fn lookup(globals: &Value, name: &Value) -> Option<Value> {
    let key = name.as_str()?;
    let hash = coral_interp::api::str_hash(key);
    globals.as_dict()?.borrow().get(name, hash).cloned()
}

/// Counts its entries, then continues where the replaced instruction
/// would have: the target of a `JUMP_BACKWARD`, the instruction after a
/// `RESUME`.
#[derive(Debug)]
pub struct CounterExecutor {
    kind: SiteKind,
    next: InstrIndex,
    entries: Cell<u64>,
}

impl Executor for CounterExecutor {
    fn execute(&self, _ctx: &mut ExecCtx<'_>) -> PyResult<ExecutorExit> {
        self.entries.set(self.entries.get() + 1);
        Ok(ExecutorExit::Resume(self.next))
    }

    fn describe(&self) -> String {
        let site = match self.kind {
            SiteKind::BackEdge => "JUMP_BACKWARD to",
            SiteKind::FunctionEntry => "RESUME (function entry), then",
            SiteKind::ResumeAfterYield => "RESUME (after yield), then",
        };
        format!(
            "counter executor: {site} {}, entered {} times",
            self.next.as_u32(),
            self.entries.get()
        )
    }
}
