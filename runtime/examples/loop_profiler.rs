//! A custom optimizer: a loop profiler, registered on one interpreter while
//! another runs the same program with no optimizer.
//!
//! `cargo run --release -p coral-runtime --example loop_profiler`
//!
//! The profiler "compiles" every hot loop into an executor that counts the
//! loop's iterations and then does what the loop's `JUMP_BACKWARD` did:
//! jump back to the loop head. The counts live in atomics the optimizer
//! shares with the embedding thread, which prints them at the end. Then the
//! embedder swaps the profiler out from its own thread: the executors are
//! invalidated, and the program keeps running, unprofiled, with the same
//! results.

use coral_interp::api::{decode, Opcode};
use coral_interp::api::{EntityRef, ExecCtx, Executor, ExecutorExit, InstrIndex};
use coral_interp::api::{HotSpot, Optimizer, OptimizerError};
use coral_interp::PyResult;
use coral_runtime::{InterpreterConfig, Runtime, Shareable};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

#[global_allocator]
static GLOBAL: coral_runtime::alloc::Mimalloc = coral_runtime::alloc::Mimalloc;

const PROGRAM: &str = r#"
def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

def longest(limit):
    best = (0, 0)
    for k in range(1, limit):
        best = max(best, (collatz_steps(k), k))
    return best
"#;

/// One profiled loop: where it is, and how often it went round.
struct LoopCount {
    place: String,
    iterations: Arc<AtomicU64>,
}

/// The optimizer: one executor per hot loop, counting iterations.
#[derive(Default)]
struct LoopProfiler {
    loops: Mutex<Vec<LoopCount>>,
}

impl Optimizer for LoopProfiler {
    fn name(&self) -> &str {
        "loop-profiler"
    }

    fn compile(&self, site: &mut HotSpot<'_>) -> Result<Option<Box<dyn Executor>>, OptimizerError> {
        // Only back edges: the executor must execute the instruction it
        // replaces, and a jump is all it knows how to execute.
        let Some((Opcode::JUMP_BACKWARD, head)) = site.original().and_then(decode) else {
            return Ok(None);
        };
        let code = &site.code().code;
        let iterations = Arc::new(AtomicU64::new(0));
        let place = format!(
            "{} line {}",
            code.qualname,
            code.line_for(site.offset().index())
        );
        let mut loops = self
            .loops
            .lock()
            .map_err(|_| OptimizerError::Failed("profile lock poisoned".into()))?;
        loops.push(LoopCount {
            place,
            iterations: iterations.clone(),
        });
        Ok(Some(Box::new(CountingExecutor {
            head: InstrIndex::from_u32(head),
            iterations,
        })))
    }
}

struct CountingExecutor {
    head: InstrIndex,
    iterations: Arc<AtomicU64>,
}

impl Executor for CountingExecutor {
    fn execute(&self, _ctx: &mut ExecCtx<'_>) -> PyResult<ExecutorExit> {
        self.iterations.fetch_add(1, Ordering::Relaxed);
        Ok(ExecutorExit::Resume(self.head))
    }

    fn describe(&self) -> String {
        format!("loop counter, back to {}", self.head.as_u32())
    }
}

fn main() -> Result<(), coral_runtime::Error> {
    let rt = Runtime::default();
    let profiler = Arc::new(LoopProfiler::default());
    let profiled = rt.spawn(InterpreterConfig {
        optimizer: Some(profiler.clone()),
        hot_threshold: 16,
        ..InterpreterConfig::default()
    })?;
    let plain = rt.spawn(InterpreterConfig::default())?;
    for interp in [&profiled, &plain] {
        interp.exec(PROGRAM)?;
    }
    // Both run at once, each on its own thread.
    let jobs = [&profiled, &plain].map(|i| i.submit_call("longest", vec![Shareable::Int(30_000)]));
    for (name, job) in ["profiled", "plain"].iter().zip(jobs) {
        println!("{name:>8}: longest(30000) = {:?}", job?.wait()?);
    }
    println!("hot loops of the profiled interpreter:");
    let loops = profiler
        .loops
        .lock()
        .map_err(|_| coral_runtime::Error::Forbidden("profile lock poisoned".into()))?;
    for l in loops.iter() {
        println!(
            "  {:<28} {:>10} iterations",
            l.place,
            l.iterations.load(Ordering::Relaxed)
        );
    }
    drop(loops);
    let s = profiled.stats().optimizer;
    println!(
        "executors created: {}, entered {} times; the plain interpreter made {}",
        s.executors_created,
        s.enter_executor_hits,
        plain.stats().optimizer.executors_created
    );
    // Swap the profiler out from this thread: its executors go.
    profiled.set_optimizer(None);
    let again = profiled.call("longest", vec![Shareable::Int(1000)])?;
    let s = profiled.stats().optimizer;
    println!(
        "after the swap: longest(1000) = {again:?}, {} executors invalidated, {} live, optimizer '{}'",
        s.executors_invalidated,
        s.executors_live,
        profiled.optimizer_name()
    );
    Ok(())
}
