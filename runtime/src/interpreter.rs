//! The [`Interpreter`] handle: how any thread drives one interpreter.
//!
//! An interpreter lives on its own OS thread (`worker.rs`) and takes jobs
//! from a channel: run source, call a function, bind names in `__main__`,
//! close. The handle is `Send + Sync + Clone`; what it sends and gets back
//! is owned data ([`Shareable`], [`Error`]), never a heap object. Dropping
//! the last clone of a handle closes the interpreter once it is idle.

use crate::error::Error;
use crate::runtime::RuntimeInner;
use crate::share::Shareable;
use coral_interp::api::Code;
use coral_interp::api::OptimizerStats;
use coral_interp::api::{Optimizer, OptimizerSlot};
use coral_interp::EvalBreaker;
use crossbeam_channel::{Receiver, Sender};
use std::fmt;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::time::Duration;

/// An interpreter's number, unique in its runtime; the first is 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct InterpreterId(pub u64);

impl fmt::Display for InterpreterId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Where an interpreter's `print` and tracebacks go.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OutputMode {
    /// To the process's stdout and stderr.
    #[default]
    Inherit,
    /// Into buffers read with [`Interpreter::take_output`].
    Capture,
}

/// How to set up an interpreter (CPython's `PyInterpreterConfig`, plus
/// Coral's limits).
#[derive(Clone, Debug)]
pub struct InterpreterConfig {
    /// Where output goes.
    pub output: OutputMode,
    /// Whether Python code may start threads (`threading`).
    pub allow_threads: bool,
    /// Whether those threads may be daemons; off by default, as in
    /// CPython's isolated subinterpreters (nobody waits for a daemon, so
    /// it could outlive the heap it runs on).
    pub allow_daemon_threads: bool,
    /// Whether Python code may create interpreters
    /// (`concurrent.interpreters.create`).
    pub allow_subinterpreters: bool,
    /// `sys.getrecursionlimit()` at start.
    pub recursion_limit: usize,
    /// `sys.getswitchinterval()` at start.
    pub switch_interval: Duration,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Directories searched for imported modules.
    pub search_path: Vec<std::path::PathBuf>,
    /// Stack of the interpreter's thread (Rust frames only: Python calls
    /// do not recurse in Rust).
    pub stack_size: usize,
    /// The optimizer at start (`None`: no optimizer); swap it later with
    /// [`Interpreter::set_optimizer`].
    pub optimizer: Option<Arc<dyn Optimizer>>,
    /// Back edges before a loop is hot and the optimizer is asked.
    pub hot_threshold: u32,
}

impl Default for InterpreterConfig {
    fn default() -> Self {
        InterpreterConfig {
            output: OutputMode::Inherit,
            allow_threads: true,
            allow_daemon_threads: false,
            allow_subinterpreters: true,
            recursion_limit: coral_interp::api::DEFAULT_RECURSION_LIMIT,
            switch_interval: Duration::from_micros(coral_interp::api::DEFAULT_SWITCH_INTERVAL_US),
            argv: vec![String::new()],
            search_path: Vec::new(),
            stack_size: 16 << 20,
            optimizer: None,
            hot_threshold: coral_interp::api::DEFAULT_HOT_THRESHOLD,
        }
    }
}

/// What a job calls.
#[derive(Clone, Debug)]
pub(crate) enum CallTarget {
    /// A global of `__main__`, by name.
    MainGlobal(String),
    /// `module.qualname`, importing the module if needed.
    Import { module: String, qualname: String },
    /// A function of the caller's `__main__` that reads its module: the
    /// target's `__main__` attribute of that name, or else the one the
    /// caller's script defines when run in the target.
    MainByName {
        qualname: String,
        script: Option<String>,
    },
    /// A function of the caller's `__main__` without closure: its code is
    /// shared (immutable), and it is rebuilt over the target's `__main__`.
    Code {
        code: Arc<Code>,
        defaults: Vec<Shareable>,
    },
}

/// One unit of work for an interpreter thread.
pub(crate) enum Job {
    Exec {
        source: String,
        filename: String,
        reply: Sender<Result<(), Error>>,
    },
    Call {
        target: CallTarget,
        args: Vec<Shareable>,
        kwargs: Vec<(String, Shareable)>,
        reply: Sender<Result<Shareable, Error>>,
    },
    SetMain {
        vars: Vec<(String, Shareable)>,
        reply: Sender<Result<(), Error>>,
    },
    /// The `coral` program: runs `source` as `__main__` like `python3 prog.py`.
    RunMain {
        source: String,
        filename: String,
        reply: Sender<Result<(), coral_interp::CoralError>>,
    },
    /// Runs the `atexit` functions now (the `coral` program's end).
    AtExit {
        reply: Sender<Result<(), Error>>,
    },
    Close,
}

/// Counters an interpreter keeps about itself.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct InterpreterStats {
    /// Jobs that finished without an exception.
    pub jobs_ok: u64,
    /// Jobs that ended with an exception.
    pub jobs_failed: u64,
    /// Time spent running jobs.
    pub busy: Duration,
    /// GIL acquisitions (thread switches and blocking calls included).
    pub gil_acquisitions: u64,
    /// Python threads running now.
    pub threads: usize,
    /// What the optimizer API did, as of the end of the last job.
    pub optimizer: OptimizerStats,
}

/// State shared by an interpreter's thread and its handles.
pub(crate) struct Shared {
    pub(crate) id: InterpreterId,
    pub(crate) jobs: Sender<Job>,
    pub(crate) breaker: Arc<EvalBreaker>,
    pub(crate) running: AtomicBool,
    pub(crate) closed: AtomicBool,
    pub(crate) failed: Mutex<Option<String>>,
    /// Set once the interpreter's heap is freed (or leaked after a panic).
    pub(crate) done: Mutex<bool>,
    pub(crate) done_cv: Condvar,
    /// Dropped at runtime shutdown: wakes the interpreter's blocking queue
    /// operations, which then raise `SystemExit`.
    pub(crate) stop_tx: Mutex<Option<Sender<()>>>,
    pub(crate) stop_rx: Receiver<()>,
    /// The OS thread the interpreter runs on (set once it starts).
    pub(crate) os_thread: OnceLock<std::thread::ThreadId>,
    pub(crate) captured: Option<Capture>,
    pub(crate) jobs_ok: AtomicU64,
    pub(crate) jobs_failed: AtomicU64,
    pub(crate) busy_ns: AtomicU64,
    pub(crate) gil_acquisitions: AtomicU64,
    pub(crate) threads: AtomicU64,
    /// The optimizer API's counters, copied out after each job.
    pub(crate) optimizer_stats: Mutex<OptimizerStats>,
    /// The interpreter's optimizer and invalidation epoch.
    pub(crate) optimizer: Arc<OptimizerSlot>,
    pub(crate) config: InterpreterConfig,
}

/// The two captured streams of an interpreter.
#[derive(Clone, Default)]
pub(crate) struct Capture {
    pub(crate) stdout: Arc<Mutex<Vec<u8>>>,
    pub(crate) stderr: Arc<Mutex<Vec<u8>>>,
}

/// Output taken from an interpreter configured with [`OutputMode::Capture`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Captured {
    /// What it printed.
    pub stdout: String,
    /// What it wrote to stderr (tracebacks included).
    pub stderr: String,
}

/// A handle to one interpreter, usable from any thread.
#[derive(Clone)]
pub struct Interpreter {
    owner: Arc<Owner>,
}

/// Closes the interpreter when the last handle goes (without waiting: the
/// runtime joins every thread at shutdown).
pub(crate) struct Owner {
    pub(crate) shared: Arc<Shared>,
    /// Keeps the runtime's bookkeeping alive as long as a handle exists.
    pub(crate) _runtime: Arc<RuntimeInner>,
}

impl Drop for Owner {
    fn drop(&mut self) {
        if !self.shared.closed.swap(true, Ordering::AcqRel) {
            let _ = self.shared.jobs.send(Job::Close);
        }
    }
}

impl Shared {
    /// Marks the interpreter finished: its heap is gone.
    pub(crate) fn set_done(&self) {
        *crate::sync_lock(&self.done) = true;
        self.done_cv.notify_all();
    }

    /// Waits until the interpreter's heap is gone.
    pub(crate) fn wait_done(&self) {
        if crate::spin::until(|| *crate::sync_lock(&self.done)) {
            return;
        }
        let mut done = crate::sync_lock(&self.done);
        while !*done {
            done = self
                .done_cv
                .wait(done)
                .unwrap_or_else(std::sync::PoisonError::into_inner);
        }
    }
}

/// A job's result, to wait for later.
pub struct Pending<T> {
    id: InterpreterId,
    shared: Arc<Shared>,
    rx: Receiver<Result<T, Error>>,
}

impl<T> Pending<T> {
    /// Waits for the result.
    pub fn wait(self) -> Result<T, Error> {
        crate::spin::recv(&self.rx).unwrap_or_else(|()| Err(lost(self.id, &self.shared)))
    }

    /// Waits at most `timeout`; [`Error::Timeout`] leaves the job running.
    pub fn wait_timeout(&self, timeout: Duration) -> Result<T, Error> {
        match self.rx.recv_timeout(timeout) {
            Ok(r) => r,
            Err(crossbeam_channel::RecvTimeoutError::Timeout) => Err(Error::Timeout),
            Err(_) => Err(lost(self.id, &self.shared)),
        }
    }

    /// The result if it is ready.
    pub fn try_get(&self) -> Option<Result<T, Error>> {
        match self.rx.try_recv() {
            Ok(r) => Some(r),
            Err(crossbeam_channel::TryRecvError::Empty) => None,
            Err(_) => Some(Err(lost(self.id, &self.shared))),
        }
    }
}

/// The error for a reply that never came: the interpreter failed or closed.
/// Replies are lost only by an interpreter that is ending, so waiting for
/// its end is short, and it makes the panic message visible.
fn lost(id: InterpreterId, shared: &Shared) -> Error {
    shared.wait_done();
    match crate::sync_lock(&shared.failed).clone() {
        Some(message) => Error::Failed { id, message },
        None => Error::Closed(id),
    }
}

impl Interpreter {
    pub(crate) fn from_owner(owner: Arc<Owner>) -> Interpreter {
        Interpreter { owner }
    }

    pub(crate) fn shared(&self) -> &Arc<Shared> {
        &self.owner.shared
    }

    /// This interpreter's id.
    pub fn id(&self) -> InterpreterId {
        self.owner.shared.id
    }

    /// True while a job runs.
    pub fn is_running(&self) -> bool {
        self.owner.shared.running.load(Ordering::Acquire)
    }

    /// True once closed (or failed).
    pub fn is_closed(&self) -> bool {
        self.owner.shared.closed.load(Ordering::Acquire)
    }

    fn submit<T>(
        &self,
        make: impl FnOnce(Sender<Result<T, Error>>) -> Job,
    ) -> Result<Pending<T>, Error> {
        submit(&self.owner.shared, make)
    }

    /// Runs `source` in the interpreter's `__main__`, keeping the state it
    /// leaves, and waits for it.
    pub fn exec(&self, source: &str) -> Result<(), Error> {
        self.submit_exec(source)?.wait()
    }

    /// Queues `source` to run and returns at once.
    pub fn submit_exec(&self, source: &str) -> Result<Pending<()>, Error> {
        let (source, filename) = (source.to_owned(), "<string>".to_owned());
        self.submit(|reply| Job::Exec {
            source,
            filename,
            reply,
        })
    }

    /// Runs the functions the interpreter's code registered with `atexit`
    /// (last registered first), and waits. Closing the interpreter runs
    /// the ones still registered; a host calls this to have them run at a
    /// moment of its choosing, as the `coral` program does after the
    /// program's traceback. An exception in one is reported on the
    /// interpreter's stderr and the next one runs.
    pub fn run_atexit(&self) -> Result<(), Error> {
        self.submit(|reply| Job::AtExit { reply })?.wait()
    }

    /// Calls the function `name` of `__main__` with `args`, and waits.
    pub fn call(&self, name: &str, args: Vec<Shareable>) -> Result<Shareable, Error> {
        self.submit_call(name, args)?.wait()
    }

    /// Queues a call of the function `name` of `__main__`.
    pub fn submit_call(
        &self,
        name: &str,
        args: Vec<Shareable>,
    ) -> Result<Pending<Shareable>, Error> {
        self.submit_target(CallTarget::MainGlobal(name.to_owned()), args, Vec::new())
    }

    pub(crate) fn submit_target(
        &self,
        target: CallTarget,
        args: Vec<Shareable>,
        kwargs: Vec<(String, Shareable)>,
    ) -> Result<Pending<Shareable>, Error> {
        self.submit(|reply| Job::Call {
            target,
            args,
            kwargs,
            reply,
        })
    }

    /// Binds names in `__main__` (PEP 734's `prepare_main`).
    pub fn prepare_main(&self, vars: Vec<(String, Shareable)>) -> Result<(), Error> {
        self.submit(|reply| Job::SetMain { vars, reply })?.wait()
    }

    /// Runs a program as `__main__` the way `python3 prog.py` does (what the
    /// `coral` command does with the main interpreter).
    pub fn run_main(
        &self,
        source: &str,
        filename: &str,
    ) -> Result<Result<(), coral_interp::CoralError>, Error> {
        let shared = &self.owner.shared;
        if shared.closed.load(Ordering::Acquire) {
            return Err(Error::Closed(shared.id));
        }
        let (tx, rx) = crossbeam_channel::bounded(1);
        shared
            .jobs
            .send(Job::RunMain {
                source: source.to_owned(),
                filename: filename.to_owned(),
                reply: tx,
            })
            .map_err(|_| Error::Closed(shared.id))?;
        rx.recv().map_err(|_| lost(shared.id, shared))
    }

    /// Closes the interpreter: waits for its thread to finish and frees its
    /// heap. Closing a running interpreter is an error, as in CPython;
    /// closing twice is an error too.
    pub fn close(&self) -> Result<(), Error> {
        close(&self.owner.shared)
    }

    /// The interpreter's eval breaker, to interrupt it
    /// ([`coral_interp::api::INTERRUPT`] raises `KeyboardInterrupt`).
    pub fn breaker(&self) -> &Arc<EvalBreaker> {
        &self.owner.shared.breaker
    }

    /// Raises `KeyboardInterrupt` in the running code at its next check
    /// (every call and loop iteration). Sent while the interpreter is
    /// idle, it stays pending and stops the next code at its first check,
    /// so an interrupt sent right after a submit is never lost.
    pub fn interrupt(&self) {
        self.owner.shared.breaker.set(coral_interp::api::INTERRUPT);
    }

    /// Takes what a capturing interpreter printed so far.
    pub fn take_output(&self) -> Captured {
        let Some(c) = &self.owner.shared.captured else {
            return Captured::default();
        };
        let take = |m: &Mutex<Vec<u8>>| {
            String::from_utf8_lossy(&std::mem::take(&mut *crate::sync_lock(m))).into_owned()
        };
        Captured {
            stdout: take(&c.stdout),
            stderr: take(&c.stderr),
        }
    }

    /// Swaps the interpreter's optimizer (`None`: none), from any thread at
    /// any time, without waiting for the interpreter. The executors the
    /// previous optimizer made are invalidated: none is entered again,
    /// and their instructions are restored at the interpreter's next
    /// check.
    pub fn set_optimizer(&self, optimizer: Option<Arc<dyn Optimizer>>) {
        self.owner.shared.optimizer.set(optimizer);
    }

    /// The name of the current optimizer (`none` without one).
    pub fn optimizer_name(&self) -> String {
        self.owner.shared.optimizer.name()
    }

    /// Invalidates every executor of the interpreter, from any thread; a
    /// running executor leaves at its next validity check.
    pub fn invalidate_executors(&self) {
        self.owner.shared.optimizer.invalidate_all();
    }

    /// The interpreter's counters.
    pub fn stats(&self) -> InterpreterStats {
        stats(&self.owner.shared)
    }
}

impl fmt::Debug for Interpreter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Interpreter({})", self.id())
    }
}

pub(crate) fn stats(s: &Shared) -> InterpreterStats {
    InterpreterStats {
        jobs_ok: s.jobs_ok.load(Ordering::Relaxed),
        jobs_failed: s.jobs_failed.load(Ordering::Relaxed),
        busy: Duration::from_nanos(s.busy_ns.load(Ordering::Relaxed)),
        gil_acquisitions: s.gil_acquisitions.load(Ordering::Relaxed),
        threads: s.threads.load(Ordering::Relaxed) as usize,
        optimizer: OptimizerStats {
            optimizer_swaps: s.optimizer.swaps(),
            ..*crate::sync_lock(&s.optimizer_stats)
        },
    }
}

/// Sends a job, unless the interpreter is closed or failed.
pub(crate) fn submit<T>(
    shared: &Arc<Shared>,
    make: impl FnOnce(Sender<Result<T, Error>>) -> Job,
) -> Result<Pending<T>, Error> {
    if let Some(message) = crate::sync_lock(&shared.failed).clone() {
        return Err(Error::Failed {
            id: shared.id,
            message,
        });
    }
    if shared.closed.load(Ordering::Acquire) {
        return Err(Error::Closed(shared.id));
    }
    let (tx, rx) = crossbeam_channel::bounded(1);
    shared
        .jobs
        .send(make(tx))
        .map_err(|_| Error::Closed(shared.id))?;
    Ok(Pending {
        id: shared.id,
        shared: shared.clone(),
        rx,
    })
}

/// Closes an interpreter and waits until its heap is freed.
pub(crate) fn close(shared: &Arc<Shared>) -> Result<(), Error> {
    if shared.os_thread.get() == Some(&std::thread::current().id()) {
        return Err(Error::Running(shared.id));
    }
    if shared.running.load(Ordering::Acquire) {
        return Err(Error::Running(shared.id));
    }
    if shared.closed.swap(true, Ordering::AcqRel) {
        return Err(Error::Closed(shared.id));
    }
    let _ = shared.jobs.send(Job::Close);
    shared.wait_done();
    Ok(())
}
