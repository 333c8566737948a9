//! The optimizer API through the embedding API: optimizers swapped and
//! executors invalidated from other threads while an interpreter runs hot
//! loops, optimizers that fail or panic, executors that misbehave. Results
//! must always be right, and no executor may outlive its invalidation.

use coral_interp::api::{decode, Opcode};
use coral_interp::api::{Capabilities, HotSpot, Optimizer, OptimizerError, SiteKind};
use coral_interp::api::{ExecCtx, Executor, ExecutorExit, InstrIndex};
use coral_interp::{PyErr, PyResult};
use coral_optimizer::CounterOptimizer;
use coral_runtime::{Error, Interpreter, InterpreterConfig, OutputMode, Runtime, Shareable};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;

/// A loop-heavy program and the function the tests call.
const PROGRAM: &str = "
def work(n):
    s = 0
    for i in range(n):
        j = 0
        while j < 3:
            s += (i * j) % 7
            j += 1
    return s
";

/// `work(n)` computed in Rust.
fn expected(n: i64) -> i64 {
    (0..n)
        .map(|i| (0..3).map(|j| (i * j) % 7).sum::<i64>())
        .sum()
}

fn config(optimizer: Option<Arc<dyn Optimizer>>) -> InterpreterConfig {
    InterpreterConfig {
        output: OutputMode::Capture,
        optimizer,
        hot_threshold: 4,
        ..InterpreterConfig::default()
    }
}

fn work(a: &Interpreter, n: i64) -> Result<Shareable, Error> {
    a.call("work", vec![Shareable::Int(n)])
}

/// Counts the executors alive in the process: each one made adds one, and
/// dropping it takes one away.
#[derive(Default)]
struct Tracking {
    live: Arc<AtomicUsize>,
    made: AtomicU64,
}

struct TrackedExecutor {
    target: InstrIndex,
    live: Arc<AtomicUsize>,
}

impl Drop for TrackedExecutor {
    fn drop(&mut self) {
        self.live.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Executor for TrackedExecutor {
    fn execute(&self, _ctx: &mut ExecCtx<'_>) -> PyResult<ExecutorExit> {
        Ok(ExecutorExit::Resume(self.target))
    }

    fn describe(&self) -> String {
        "tracked".into()
    }
}

/// The target of the hot `JUMP_BACKWARD`, if the site is one.
fn back_edge_target(site: &HotSpot<'_>) -> Option<InstrIndex> {
    match decode(site.original()?) {
        Some((Opcode::JUMP_BACKWARD, target)) => Some(InstrIndex::from_u32(target)),
        _ => None,
    }
}

impl Optimizer for Tracking {
    fn name(&self) -> &str {
        "tracking"
    }

    fn compile(&self, site: &mut HotSpot<'_>) -> Result<Option<Box<dyn Executor>>, OptimizerError> {
        let Some(target) = back_edge_target(site) else {
            return Ok(None);
        };
        self.made.fetch_add(1, Ordering::Relaxed);
        self.live.fetch_add(1, Ordering::SeqCst);
        Ok(Some(Box::new(TrackedExecutor {
            target,
            live: self.live.clone(),
        })))
    }
}

#[test]
fn counter_executors_run_hot_loops_with_the_same_results() {
    let rt = Runtime::default();
    let counter = Arc::new(CounterOptimizer::new());
    let a = rt.spawn(config(Some(counter.clone()))).expect("spawn");
    a.exec(PROGRAM).expect("exec");
    assert_eq!(work(&a, 5000), Ok(Shareable::Int(expected(5000))));
    let s = a.stats().optimizer;
    assert_eq!(a.optimizer_name(), "counter");
    assert!(s.executors_created >= 2, "{s:?}");
    assert!(s.enter_executor_hits > 10_000, "{s:?}");
    assert_eq!(s.executors_invalidated, 0);
    assert_eq!(counter.compiled(), s.executors_created);
    a.close().expect("close");
}

/// Thousands of swaps and invalidations from another thread while the
/// interpreter runs hot loops: every result is right, and once the
/// interpreter has swept, no executor is left alive.
#[test]
fn swaps_and_invalidations_from_another_thread_keep_results_right() {
    let rt = Runtime::default();
    let tracking = Arc::new(Tracking::default());
    let a = rt.spawn(config(Some(tracking.clone()))).expect("spawn");
    a.exec(PROGRAM).expect("exec");
    let stop = Arc::new(AtomicBool::new(false));
    let chaos = {
        let (a, stop, tracking) = (a.clone(), stop.clone(), tracking.clone());
        std::thread::spawn(move || {
            let mut swaps = 0u64;
            while !stop.load(Ordering::Relaxed) {
                match swaps % 3 {
                    0 => a.set_optimizer(None),
                    1 => a.set_optimizer(Some(tracking.clone())),
                    _ => a.set_optimizer(Some(Arc::new(CounterOptimizer::new()))),
                }
                swaps += 1;
                a.invalidate_executors();
                std::thread::yield_now();
            }
            swaps
        })
    };
    let mut rounds = 0;
    while rounds < 40 || tracking.made.load(Ordering::Relaxed) < 100 {
        assert_eq!(work(&a, 3000), Ok(Shareable::Int(expected(3000))));
        rounds += 1;
        assert!(rounds < 5000, "the tracking optimizer was never asked");
    }
    stop.store(true, Ordering::Relaxed);
    let swaps = chaos.join().expect("chaos thread");
    assert!(swaps >= 3, "only {swaps} swaps");
    // Settle on no optimizer; the next job's first check sweeps.
    a.set_optimizer(None);
    assert_eq!(work(&a, 100), Ok(Shareable::Int(expected(100))));
    let s = a.stats().optimizer;
    assert_eq!(s.optimizer_swaps, swaps + 1);
    assert!(s.executors_invalidated > 0, "{s:?}");
    assert_eq!(s.executors_live, 0, "{s:?}");
    assert_eq!(tracking.live.load(Ordering::SeqCst), 0, "executors leaked");
    a.close().expect("close");
}

/// An optimizer that fails, declines or panics in turn: every outcome is a
/// decline for the VM, and the program runs on in tier 1.
struct Faulty {
    calls: AtomicU64,
}

impl Optimizer for Faulty {
    fn name(&self) -> &str {
        "faulty"
    }

    fn compile(
        &self,
        _site: &mut HotSpot<'_>,
    ) -> Result<Option<Box<dyn Executor>>, OptimizerError> {
        match self.calls.fetch_add(1, Ordering::Relaxed) % 3 {
            0 => Err(OptimizerError::Failed("no".into())),
            1 => Ok(None),
            _ => panic!("a planted optimizer panic"),
        }
    }
}

#[test]
fn failing_declining_and_panicking_optimizers_are_declines() {
    let rt = Runtime::default();
    let faulty = Arc::new(Faulty {
        calls: AtomicU64::new(0),
    });
    let a = rt.spawn(config(Some(faulty.clone()))).expect("spawn");
    a.exec(PROGRAM).expect("exec");
    for _ in 0..5 {
        assert_eq!(work(&a, 20_000), Ok(Shareable::Int(expected(20_000))));
    }
    let s = a.stats().optimizer;
    let calls = faulty.calls.load(Ordering::Relaxed);
    assert!(calls >= 6, "{calls} calls");
    assert_eq!(s.compile_declined + s.compile_failed, calls);
    assert!(s.compile_failed >= 4, "{s:?}");
    assert_eq!(s.executors_created, 0);
    // Backoff: far fewer calls than hot back edges.
    assert!(calls < 200, "{calls} calls: the counters did not back off");
    a.close().expect("close");
}

/// Executors that break the contract get a Python `SystemError` where they
/// sit, never undefined behaviour.
struct Misbehaving {
    resume_inside: bool,
}

struct BadExecutor {
    resume_inside: bool,
}

impl Executor for BadExecutor {
    fn execute(&self, ctx: &mut ExecCtx<'_>) -> PyResult<ExecutorExit> {
        if self.resume_inside {
            // The word after a JUMP_BACKWARD is its counter, not an
            // instruction.
            Ok(ExecutorExit::Resume(InstrIndex::from_u32(
                ctx.offset().as_u32() + 1,
            )))
        } else {
            Err(PyErr::runtime_error("executor gave up"))
        }
    }

    fn describe(&self) -> String {
        "bad".into()
    }
}

impl Optimizer for Misbehaving {
    fn name(&self) -> &str {
        "misbehaving"
    }

    fn compile(
        &self,
        _site: &mut HotSpot<'_>,
    ) -> Result<Option<Box<dyn Executor>>, OptimizerError> {
        Ok(Some(Box::new(BadExecutor {
            resume_inside: self.resume_inside,
        })))
    }
}

#[test]
fn executors_that_break_the_contract_raise_where_they_sit() {
    let rt = Runtime::default();
    for (resume_inside, type_name) in [(true, "SystemError"), (false, "RuntimeError")] {
        let opt = Arc::new(Misbehaving { resume_inside });
        let a = rt.spawn(config(Some(opt))).expect("spawn");
        a.exec(PROGRAM).expect("exec");
        let Err(Error::Exception(e)) = work(&a, 1000) else {
            panic!("the bad executor went unnoticed")
        };
        assert_eq!(e.type_name, type_name, "{e:?}");
        assert!(e.traceback.contains("in work"), "{}", e.traceback);
        // The interpreter is fine: without the optimizer it computes.
        a.set_optimizer(None);
        assert_eq!(work(&a, 1000), Ok(Shareable::Int(expected(1000))));
        a.close().expect("close");
    }
}

/// One interpreter optimizes while another, running the same code, has no
/// optimizer: executors are per interpreter.
#[test]
fn optimizers_are_per_interpreter() {
    let rt = Runtime::default();
    let with = rt
        .spawn(config(Some(Arc::new(CounterOptimizer::new()))))
        .expect("spawn");
    let without = rt.spawn(config(None)).expect("spawn");
    for a in [&with, &without] {
        a.exec(PROGRAM).expect("exec");
    }
    let jobs: Vec<_> = [&with, &without]
        .iter()
        .map(|a| {
            a.submit_call("work", vec![Shareable::Int(20_000)])
                .expect("submit")
        })
        .collect();
    for j in jobs {
        assert_eq!(j.wait(), Ok(Shareable::Int(expected(20_000))));
    }
    assert!(with.stats().optimizer.executors_created > 0);
    assert_eq!(without.stats().optimizer.executors_created, 0);
    assert_eq!(without.optimizer_name(), "none");
}

/// `sys.settrace` in one interpreter deopts that interpreter only: its
/// executors are invalidated and none is made while it traces, while an
/// interpreter running beside it keeps its executors; once the trace
/// function is gone, the traced interpreter optimizes its loops again.
#[test]
fn tracing_deopts_only_the_traced_interpreter() {
    let rt = Runtime::default();
    let traced = rt
        .spawn(config(Some(Arc::new(CounterOptimizer::new()))))
        .expect("spawn");
    let other = rt
        .spawn(config(Some(Arc::new(CounterOptimizer::new()))))
        .expect("spawn");
    let tracer = "
import sys
lines = 0
def tracer(frame, event, arg):
    global lines
    if event == 'line':
        lines += 1
    return tracer
def traced_work(n):
    sys.settrace(tracer)
    try:
        return work(n)
    finally:
        sys.settrace(None)
def line_events():
    return lines
";
    for a in [&traced, &other] {
        a.exec(PROGRAM).expect("exec");
        a.exec(tracer).expect("exec");
        assert_eq!(work(a, 3000), Ok(Shareable::Int(expected(3000))));
    }
    let before = traced.stats().optimizer;
    assert!(before.executors_created >= 2, "{before:?}");
    let n = 200;
    let r = traced.call("traced_work", vec![Shareable::Int(n)]);
    assert_eq!(r, Ok(Shareable::Int(expected(n))));
    let during = traced.stats().optimizer;
    assert_eq!(during.executors_live, 0, "{during:?}");
    assert_eq!(during.executors_created, before.executors_created);
    // Every line of `work` reported, as python3 reports them: `s = 0`,
    // then per `i` the `for`, `j = 0` and the `while` line, and per `j`
    // its two body lines and the `while` test; then the last `for` and
    // the `return`.
    let lines = traced.call("line_events", vec![]);
    assert_eq!(
        lines,
        Ok(Shareable::Int(12 * n + 3)),
        "python3 counts 12n + 3"
    );
    let o = other.stats().optimizer;
    assert!(o.executors_live >= 2, "{o:?}");
    assert_eq!(o.executors_invalidated, 0, "{o:?}");
    assert_eq!(work(&traced, 3000), Ok(Shareable::Int(expected(3000))));
    let after = traced.stats().optimizer;
    assert!(
        after.executors_created > before.executors_created,
        "{after:?}"
    );
    for a in [traced, other] {
        a.close().expect("close");
    }
}

/// Records the kinds of site it is asked to compile; wants function
/// entries and resumptions, not loops. Its executors run the `RESUME` they
/// replace (nothing) and continue after it.
#[derive(Default)]
struct EntryOnly {
    seen: std::sync::Mutex<Vec<(SiteKind, u32)>>,
}

struct AfterResume(InstrIndex);

impl Executor for AfterResume {
    fn execute(&self, _ctx: &mut ExecCtx<'_>) -> PyResult<ExecutorExit> {
        Ok(ExecutorExit::Resume(self.0))
    }

    fn describe(&self) -> String {
        "after resume".into()
    }
}

impl Optimizer for EntryOnly {
    fn name(&self) -> &str {
        "entry-only"
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities {
            back_edge: false,
            function_entry: true,
            resume_after_yield: true,
        }
    }

    fn compile(&self, site: &mut HotSpot<'_>) -> Result<Option<Box<dyn Executor>>, OptimizerError> {
        self.seen
            .lock()
            .map_err(|_| OptimizerError::Failed("poisoned".into()))?
            .push((site.kind(), site.offset().as_u32()));
        match decode(site.original().unwrap_or(0)) {
            Some((Opcode::RESUME, _)) => Ok(Some(Box::new(AfterResume(InstrIndex::from_u32(
                site.offset().as_u32() + 2,
            ))))),
            _ => Ok(None),
        }
    }
}

/// An optimizer that declares function entries and resumptions (and not
/// back edges) is asked about exactly those: `RESUME 0` at offset 0 of a
/// hot function, `RESUME 1` after a hot generator's `yield`; its executors
/// run every call and resumption with the results unchanged.
#[test]
fn entry_and_resume_sites_reach_optimizers_that_declare_them() {
    let rt = Runtime::default();
    let opt = Arc::new(EntryOnly::default());
    let a = rt.spawn(config(Some(opt.clone()))).expect("spawn");
    a.exec(
        "def sq(x):\n    return x * x\n\
         def gen(n):\n    for i in range(n):\n        yield sq(i)\n\
         def work(n):\n    return sum(gen(n)) + sum(sq(i) for i in range(n))\n",
    )
    .expect("exec");
    let want: i64 = 2 * (0..3000i64).map(|i| i * i).sum::<i64>();
    for _ in 0..10 {
        assert_eq!(work(&a, 3000), Ok(Shareable::Int(want)));
    }
    let seen = opt.seen.lock().expect("lock").clone();
    assert!(
        seen.iter().all(|(k, _)| *k != SiteKind::BackEdge),
        "{seen:?}"
    );
    assert!(
        seen.iter()
            .any(|&(k, at)| k == SiteKind::FunctionEntry && at == 0),
        "{seen:?}"
    );
    assert!(
        seen.iter()
            .any(|&(k, at)| k == SiteKind::ResumeAfterYield && at > 0),
        "{seen:?}"
    );
    let s = a.stats().optimizer;
    assert!(s.enter_executor_hits > 10_000, "{s:?}");
    a.close().expect("close");
}
