//! Chaos: threads that do, at random and from outside the interpreters,
//! what real embedders do at the worst moments. Each mode is switchable
//! (`--chaos`).

use crate::state::State;
use crate::workers::{describe, Targets};
use crate::workload::CORPUS;
use coral_interp::api::{decode, Opcode};
use coral_interp::api::{ExecCtx, Executor, ExecutorExit, InstrIndex};
use coral_interp::api::{HotSpot, Optimizer, OptimizerError};
use coral_interp::PyResult;
use coral_runtime::{Error, InterpreterConfig, Runtime};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// The text of the faulty optimizer's panics.
pub const PLANTED: &str = "faulty optimizer: a planted panic";

/// The chaos modes.
pub const MODES: &[&str] = &["swap", "invalidate", "churn", "faulty", "interrupt"];

/// Executors entered after their optimizer was swapped out (a broken
/// swap protocol); the monitor fails the run when it is not zero.
pub static STALE_ENTRIES: AtomicU64 = AtomicU64::new(0);

/// An optimizer that, at random, panics, fails, declines, or makes an
/// executor that runs the back edge faithfully.
pub struct Faulty {
    calls: AtomicU64,
    seed: u64,
    /// Set by the swap chaos once a swap away from this instance returned.
    retired: Arc<AtomicBool>,
}

impl Faulty {
    pub fn new(seed: u64) -> Faulty {
        Faulty {
            calls: AtomicU64::new(0),
            seed,
            retired: Arc::new(AtomicBool::new(false)),
        }
    }

    /// The interpreter this instance was installed on has swapped it out.
    pub fn retire(&self) {
        self.retired.store(true, Ordering::Release);
    }
}

impl Optimizer for Faulty {
    fn name(&self) -> &str {
        "faulty"
    }

    fn compile(&self, site: &mut HotSpot<'_>) -> Result<Option<Box<dyn Executor>>, OptimizerError> {
        let n = self.calls.fetch_add(1, Ordering::Relaxed);
        let mut rng = StdRng::seed_from_u64(self.seed ^ n);
        match rng.gen_range(0..10) {
            0 => std::panic::panic_any(PLANTED),
            1 => {
                return Err(OptimizerError::Failed(
                    "faulty optimizer: a planted failure".into(),
                ))
            }
            2 | 3 => return Ok(None),
            _ => {}
        }
        let Some((Opcode::JUMP_BACKWARD, head)) = site.original().and_then(decode) else {
            return Ok(None);
        };
        // Depend on everything the loop might read, like a real optimizer.
        let (g, b) = (site.globals().clone(), site.builtins().clone());
        site.depend_on(&g);
        site.depend_on(&b);
        Ok(Some(Box::new(Jump {
            head: InstrIndex::from_u32(head),
            retired: self.retired.clone(),
        })))
    }
}

/// Executes a back edge: jumps to the loop head. It also checks the swap
/// protocol: once a swap away from its optimizer has returned, it must
/// never be entered as valid again. (`retired` is set after the swap
/// bumped the epoch, so seeing it set and then a current stamp means the
/// swap did not invalidate.)
struct Jump {
    head: InstrIndex,
    retired: Arc<AtomicBool>,
}

impl Executor for Jump {
    fn execute(&self, ctx: &mut ExecCtx<'_>) -> PyResult<ExecutorExit> {
        if self.retired.load(Ordering::Acquire) && ctx.is_valid() {
            STALE_ENTRIES.fetch_add(1, Ordering::Relaxed);
        }
        Ok(ExecutorExit::Resume(self.head))
    }

    fn describe(&self) -> String {
        format!("faulty's jump to {}", self.head.as_u32())
    }
}

/// Every optimizer there is, for the swap chaos to pick from.
pub fn optimizers(seed: u64, faulty: bool) -> Vec<Option<Arc<dyn Optimizer>>> {
    let mut all: Vec<Option<Arc<dyn Optimizer>>> = coral_optimizer::NAMES
        .iter()
        .filter_map(|n| coral_optimizer::by_name(n).ok())
        .collect();
    if faulty {
        all.push(Some(Arc::new(Faulty::new(seed))));
    }
    all
}

/// Swaps optimizers on random interpreters. A faulty optimizer is a new
/// instance per swap, retired once the swap away from it has returned.
pub fn swap(state: &State, targets: &Targets, seed: u64, faulty: bool) {
    let mut rng = StdRng::seed_from_u64(seed);
    let all = optimizers(seed, false);
    let mut installed: Vec<Option<Arc<Faulty>>> = vec![None; targets.len()];
    while !state.stopped() {
        let i = rng.gen_range(0..targets.len());
        let pick = rng.gen_range(0..all.len() + usize::from(faulty));
        let fresh = (pick == all.len()).then(|| Arc::new(Faulty::new(rng.gen())));
        let next = match &fresh {
            Some(f) => Some(f.clone() as Arc<dyn Optimizer>),
            None => all[pick].clone(),
        };
        targets[i].set_optimizer(next);
        if let Some(old) = std::mem::replace(&mut installed[i], fresh) {
            old.retire();
        }
        State::add(&state.swaps, 1);
        std::thread::sleep(Duration::from_micros(rng.gen_range(50..2000)));
    }
}

/// Invalidates every executor of random interpreters.
pub fn invalidate(state: &State, targets: &Targets, seed: u64) {
    let mut rng = StdRng::seed_from_u64(seed);
    while !state.stopped() {
        targets[rng.gen_range(0..targets.len())].invalidate_executors();
        State::add(&state.invalidations, 1);
        std::thread::sleep(Duration::from_micros(rng.gen_range(20..1000)));
    }
}

/// Spawns short-lived interpreters: runs a workload and closes, or closes
/// while busy (an error, as in CPython), interrupts and closes.
pub fn churn(state: &State, rt: &Runtime, cfg: &InterpreterConfig, seed: u64, slot: usize) {
    let mut rng = StdRng::seed_from_u64(seed);
    while !state.stopped() {
        state.beat(slot, "churn");
        let interp = match rt.spawn(cfg.clone()) {
            Ok(i) => i,
            Err(e) => return state.fail(format!("churn: spawn failed: {e}")),
        };
        State::add(&state.spawned, 1);
        if rng.gen_bool(0.5) {
            let w = &CORPUS[rng.gen_range(0..CORPUS.len())];
            match interp.exec(w.source) {
                Ok(()) if interp.take_output().stdout == w.expected => {
                    State::add(&state.workloads, 1);
                }
                Ok(()) => {
                    return state.fail(format!(
                        "churn: workload {} printed the wrong output",
                        w.name
                    ))
                }
                Err(e) => {
                    return state.fail(format!(
                        "churn: workload {} failed: {e}\n{}",
                        w.name,
                        describe(&e)
                    ))
                }
            }
        } else {
            let job = match interp.submit_exec("while True:\n    pass") {
                Ok(j) => j,
                Err(e) => return state.fail(format!("churn: submit failed: {e}")),
            };
            while !interp.is_running() && !state.stopped() {
                std::thread::yield_now();
            }
            match interp.close() {
                Err(Error::Running(_)) => State::add(&state.closed_busy, 1),
                other => {
                    return state.fail(format!("churn: closing a busy interpreter gave {other:?}"))
                }
            }
            interp.interrupt();
            match job.wait() {
                Err(Error::Exception(e)) if e.type_name == "KeyboardInterrupt" => {}
                other => {
                    return state.fail(format!("churn: an interrupted loop ended with {other:?}"))
                }
            }
        }
        if let Err(e) = interp.close() {
            return state.fail(format!("churn: close failed: {e}"));
        }
    }
}

/// Interrupts an interpreter that loops through hot code, over and over:
/// each time, the loop must end with `KeyboardInterrupt` and the
/// interpreter must go on working.
pub fn interrupt(state: &State, rt: &Runtime, cfg: &InterpreterConfig, seed: u64, slot: usize) {
    let mut rng = StdRng::seed_from_u64(seed);
    let victim = match rt.spawn(cfg.clone()) {
        Ok(i) => i,
        Err(e) => return state.fail(format!("interrupt: spawn failed: {e}")),
    };
    State::add(&state.spawned, 1);
    // `n` is bound before the loops: the interrupt may land at the job's
    // first check, before its first statement, as a signal may in CPython.
    if let Err(e) = victim.exec("n = 0") {
        return state.fail(format!("interrupt: setup failed: {e}"));
    }
    while !state.stopped() {
        state.beat(slot, "interrupt");
        let job = match victim.submit_exec("while True:\n    n += 1") {
            Ok(j) => j,
            Err(e) => return state.fail(format!("interrupt: submit failed: {e}")),
        };
        std::thread::sleep(Duration::from_micros(rng.gen_range(100..5000)));
        victim.interrupt();
        State::add(&state.interrupts, 1);
        match job.wait() {
            Err(Error::Exception(e)) if e.type_name == "KeyboardInterrupt" => {}
            other => return state.fail(format!("interrupt: the loop ended with {other:?}")),
        }
        match victim.exec("print(n >= 0)") {
            Ok(()) if victim.take_output().stdout == "True\n" => {}
            other => {
                return state.fail(format!(
                    "interrupt: the interpreter is broken after an interrupt: {other:?}"
                ))
            }
        }
    }
}
