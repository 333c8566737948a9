//! `coral-bench-optimizer`: how long the optimizer API takes to react to
//! another thread.
//!
//! - **Invalidation latency**: an interpreter runs a hot loop whose
//!   executor stays inside, checking `ExecCtx::is_valid` at each of its own
//!   iterations (as a trace executor does at its loop head). Another thread
//!   calls `Interpreter::invalidate_executors` and the executor stamps the
//!   moment it noticed. The loop then runs on in tier 1, gets hot again,
//!   gets a new executor, and the next sample begins.
//! - **Swap latency**: the same, with `Interpreter::set_optimizer` as the
//!   request.
//!
//! The figures go to `docs/benchmarks.md` (median, 99th percentile, max).

use clap::Parser;
use coral_interp::api::{decode, Opcode};
use coral_interp::api::{ExecCtx, Executor, ExecutorExit, InstrIndex};
use coral_interp::api::{HotSpot, Optimizer, OptimizerError};
use coral_interp::PyResult;
use coral_runtime::{Interpreter, InterpreterConfig, Runtime};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

#[global_allocator]
static GLOBAL: coral_runtime::alloc::Mimalloc = coral_runtime::alloc::Mimalloc;

type Res<T> = Result<T, Box<dyn std::error::Error>>;

#[derive(Parser)]
#[command(
    about = "Measure how fast executors react to invalidation and optimizer swaps from another thread"
)]
struct Cli {
    /// Samples per measurement.
    #[arg(long, default_value_t = 2000)]
    samples: usize,
}

/// What the spinning executors and the measuring thread share.
#[derive(Default)]
struct Probe {
    /// An executor is inside and spinning.
    inside: AtomicBool,
    /// Nanoseconds since `origin` when the executor noticed it was invalid.
    noticed_ns: AtomicU64,
    origin: std::sync::OnceLock<Instant>,
}

impl Probe {
    fn now_ns(&self) -> u64 {
        let origin = self.origin.get_or_init(Instant::now);
        u64::try_from(origin.elapsed().as_nanos()).unwrap_or(u64::MAX)
    }
}

/// Makes executors that stay inside until they are invalidated.
struct Spinning(Arc<Probe>);

impl Optimizer for Spinning {
    fn name(&self) -> &str {
        "spinning"
    }

    fn compile(&self, site: &mut HotSpot<'_>) -> Result<Option<Box<dyn Executor>>, OptimizerError> {
        match site.original().and_then(decode) {
            Some((Opcode::JUMP_BACKWARD, head)) => Ok(Some(Box::new(SpinningExecutor {
                head: InstrIndex::from_u32(head),
                probe: self.0.clone(),
            }))),
            _ => Ok(None),
        }
    }
}

struct SpinningExecutor {
    head: InstrIndex,
    probe: Arc<Probe>,
}

impl Executor for SpinningExecutor {
    fn execute(&self, ctx: &mut ExecCtx<'_>) -> PyResult<ExecutorExit> {
        self.probe.inside.store(true, Ordering::Release);
        while ctx.is_valid() {
            std::hint::spin_loop();
        }
        self.probe
            .noticed_ns
            .store(self.probe.now_ns(), Ordering::Release);
        self.probe.inside.store(false, Ordering::Release);
        Ok(ExecutorExit::Resume(self.head))
    }

    fn describe(&self) -> String {
        "spinning until invalid".into()
    }
}

/// Waits until `cond` holds, or fails after a generous timeout.
fn wait_for(what: &str, cond: impl Fn() -> bool) -> Res<()> {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !cond() {
        if Instant::now() > deadline {
            return Err(format!("timed out waiting for {what}").into());
        }
        std::hint::spin_loop();
    }
    Ok(())
}

/// Latencies (seconds) from `request` on this thread to the executor
/// noticing, over `samples` rounds.
fn latencies(
    interp: &Interpreter,
    probe: &Probe,
    samples: usize,
    request: impl Fn(&Interpreter),
) -> Res<Vec<f64>> {
    let mut out = Vec::with_capacity(samples);
    for _ in 0..samples {
        wait_for("an executor to be entered", || {
            probe.inside.load(Ordering::Acquire)
        })?;
        probe.noticed_ns.store(0, Ordering::Release);
        let t0 = probe.now_ns();
        request(interp);
        wait_for("the executor to notice", || {
            probe.noticed_ns.load(Ordering::Acquire) != 0
        })?;
        let t1 = probe.noticed_ns.load(Ordering::Acquire);
        out.push(t1.saturating_sub(t0) as f64 * 1e-9);
    }
    Ok(out)
}

fn summary(mut v: Vec<f64>) -> String {
    v.sort_by(f64::total_cmp);
    let at = |q: f64| v[((v.len() - 1) as f64 * q) as usize] * 1e6;
    format!(
        "median {:.2} µs, p99 {:.2} µs, max {:.2} µs",
        at(0.5),
        at(0.99),
        at(1.0)
    )
}

fn main() -> Res<()> {
    let cli = Cli::parse();
    let rt = Runtime::default();
    let probe = Arc::new(Probe::default());
    let spinning: Arc<dyn Optimizer> = Arc::new(Spinning(probe.clone()));
    let interp = rt.spawn(InterpreterConfig {
        optimizer: Some(spinning.clone()),
        hot_threshold: 1,
        ..InterpreterConfig::default()
    })?;
    let job = interp.submit_exec("i = 0\nwhile True:\n    i += 1\n")?;
    let invalidate = latencies(
        &interp,
        &probe,
        cli.samples,
        Interpreter::invalidate_executors,
    )?;
    let swap = latencies(&interp, &probe, cli.samples, |i| {
        i.set_optimizer(Some(spinning.clone()))
    })?;
    interp.interrupt();
    // The loop ends with KeyboardInterrupt, as asked.
    let _ = job.wait();
    let s = interp.stats().optimizer;
    println!("| request from another thread | latency to leave the executor |");
    println!("|---|---|");
    println!("| `invalidate_executors()` | {} |", summary(invalidate));
    println!("| `set_optimizer(..)` | {} |", summary(swap));
    println!();
    println!(
        "{} executors created, {} invalidated, {} swaps ({} samples each)",
        s.executors_created, s.executors_invalidated, s.optimizer_swaps, cli.samples
    );
    Ok(())
}
