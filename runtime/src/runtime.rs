//! The [`Runtime`]: the process's registry of live interpreters.
//!
//! `Runtime::spawn` starts an interpreter on its own OS thread and returns
//! its handle. The registry (a dashmap keyed by id) is the one piece of
//! process-wide mutable state besides atomics (contract 1). Dropping the
//! runtime shuts every interpreter down and joins every thread it started.

use crate::error::Error;
use crate::interpreter::Job;
use crate::interpreter::{
    Capture, Interpreter, InterpreterConfig, InterpreterId, OutputMode, Owner, Shared,
};
use coral_interp::api::OptimizerSlot;
use coral_interp::EvalBreaker;
use crossbeam_channel::{Receiver, Sender};
use dashmap::DashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::thread::JoinHandle;
use std::time::Duration;

/// Settings of the whole runtime.
#[derive(Clone, Debug, Default)]
pub struct RuntimeConfig {
    /// The configuration interpreters created from Python code
    /// (`concurrent.interpreters.create()`) start with.
    pub subinterpreter: InterpreterConfig,
}

/// Owns every interpreter of the process.
pub struct Runtime {
    inner: Arc<RuntimeInner>,
}

pub(crate) struct RuntimeInner {
    pub(crate) registry: DashMap<InterpreterId, Arc<Shared>>,
    next_id: AtomicU64,
    /// Interpreter threads whose interpreter closed, waiting for another
    /// one (see [`pool_main`]).
    pool: Mutex<Vec<Idle>>,
    /// Every interpreter thread started, joined at shutdown.
    threads: Mutex<Vec<JoinHandle<()>>>,
    pub(crate) config: RuntimeConfig,
    shut_down: AtomicBool,
}

/// An interpreter and its job queue, handed to a thread to run.
struct Assignment {
    shared: Arc<Shared>,
    jobs: Receiver<Job>,
}

/// A parked interpreter thread, with the stack it was built with.
struct Idle {
    stack: usize,
    tx: Sender<Assignment>,
}

/// How long a parked interpreter thread waits for a new interpreter
/// before it exits.
const POOL_IDLE: Duration = Duration::from_secs(5);

impl Default for Runtime {
    fn default() -> Self {
        Runtime::new(RuntimeConfig::default())
    }
}

impl Runtime {
    /// A runtime with no interpreters yet.
    pub fn new(config: RuntimeConfig) -> Runtime {
        Runtime {
            inner: Arc::new(RuntimeInner {
                registry: DashMap::new(),
                next_id: AtomicU64::new(0),
                pool: Mutex::new(Vec::new()),
                threads: Mutex::new(Vec::new()),
                config,
                shut_down: AtomicBool::new(false),
            }),
        }
    }

    /// Starts an interpreter on its own thread. The first one gets id 0
    /// and is PEP 734's main interpreter.
    pub fn spawn(&self, config: InterpreterConfig) -> Result<Interpreter, Error> {
        spawn(&self.inner, config)
    }

    /// Ids of the live interpreters, in order.
    pub fn interpreter_ids(&self) -> Vec<InterpreterId> {
        self.inner.ids()
    }

    /// Live interpreters right now.
    pub fn len(&self) -> usize {
        self.inner.registry.len()
    }

    /// True with no live interpreter.
    pub fn is_empty(&self) -> bool {
        self.inner.registry.is_empty()
    }

    /// Shuts down: running code gets `SystemExit` at its next check, every
    /// interpreter closes, and every interpreter thread is joined.
    pub fn shutdown(self) {
        drop(self);
    }
}

impl Drop for Runtime {
    fn drop(&mut self) {
        {
            // Under the pool lock, so no thread parks after the pool is emptied.
            let mut pool = crate::sync_lock(&self.inner.pool);
            self.inner.shut_down.store(true, Ordering::Release);
            pool.clear();
        }
        let all: Vec<Arc<Shared>> = self
            .inner
            .registry
            .iter()
            .map(|e| e.value().clone())
            .collect();
        for s in &all {
            s.breaker.set(coral_interp::api::SHUTDOWN);
            drop(crate::sync_lock(&s.stop_tx).take());
            s.closed.store(true, Ordering::Release);
            let _ = s.jobs.send(Job::Close);
        }
        for s in &all {
            s.wait_done();
        }
        let threads = std::mem::take(&mut *crate::sync_lock(&self.inner.threads));
        for t in threads {
            let _ = t.join();
        }
    }
}

impl RuntimeInner {
    pub(crate) fn ids(&self) -> Vec<InterpreterId> {
        let mut ids: Vec<_> = self.registry.iter().map(|e| *e.key()).collect();
        ids.sort();
        ids
    }
}

/// Starts an interpreter and registers it: on a parked interpreter thread
/// if one with a large enough stack is free, else on a new thread. Reusing
/// threads makes spawning cheap (no thread creation, a warm allocator
/// heap), which is what a program that creates many short-lived
/// interpreters needs.
pub(crate) fn spawn(
    rt: &Arc<RuntimeInner>,
    config: InterpreterConfig,
) -> Result<Interpreter, Error> {
    if rt.shut_down.load(Ordering::Acquire) {
        return Err(Error::Forbidden("the runtime is shutting down".into()));
    }
    let id = InterpreterId(rt.next_id.fetch_add(1, Ordering::Relaxed));
    let (tx, rx) = crossbeam_channel::unbounded();
    let captured = (config.output == OutputMode::Capture).then(Capture::default);
    let stack = config.stack_size;
    let (stop_tx, stop_rx) = crossbeam_channel::bounded(0);
    let breaker = Arc::new(EvalBreaker::new());
    let optimizer = Arc::new(OptimizerSlot::new(
        breaker.clone(),
        config.optimizer.clone(),
    ));
    let shared = Arc::new(Shared {
        id,
        jobs: tx,
        breaker,
        running: AtomicBool::new(false),
        closed: AtomicBool::new(false),
        failed: Mutex::new(None),
        done: Mutex::new(false),
        done_cv: Condvar::new(),
        stop_tx: Mutex::new(Some(stop_tx)),
        stop_rx,
        os_thread: OnceLock::new(),
        captured,
        jobs_ok: AtomicU64::new(0),
        jobs_failed: AtomicU64::new(0),
        busy_ns: AtomicU64::new(0),
        gil_acquisitions: AtomicU64::new(0),
        threads: AtomicU64::new(0),
        optimizer_stats: Mutex::new(Default::default()),
        optimizer,
        config,
    });
    rt.registry.insert(id, shared.clone());
    let assignment = Assignment {
        shared: shared.clone(),
        jobs: rx,
    };
    if let Err(e) = start(rt, assignment, stack) {
        rt.registry.remove(&id);
        shared.closed.store(true, Ordering::Release);
        shared.set_done();
        return Err(e);
    }
    Ok(Interpreter::from_owner(Arc::new(Owner {
        shared,
        _runtime: rt.clone(),
    })))
}

/// Hands `a` to a parked thread, or starts a thread for it.
fn start(rt: &Arc<RuntimeInner>, mut a: Assignment, stack: usize) -> Result<(), Error> {
    loop {
        let idle = {
            let mut pool = crate::sync_lock(&rt.pool);
            let pos = pool.iter().rposition(|i| i.stack >= stack);
            pos.map(|i| pool.swap_remove(i))
        };
        let Some(idle) = idle else { break };
        match idle.tx.send(a) {
            Ok(()) => return Ok(()),
            // That thread gave up waiting and exited: try another.
            Err(crossbeam_channel::SendError(back)) => a = back,
        }
    }
    let thread = std::thread::Builder::new()
        .name("coral-interp".into())
        .stack_size(stack)
        .spawn({
            let rt = rt.clone();
            move || pool_main(&rt, a, stack)
        })
        .map_err(|e| Error::Spawn(e.to_string()))?;
    let mut threads = crate::sync_lock(&rt.threads);
    // Join threads that already exited, so the list stays short.
    let (done, live): (Vec<_>, Vec<_>) = std::mem::take(&mut *threads)
        .into_iter()
        .partition(JoinHandle::is_finished);
    *threads = live;
    threads.push(thread);
    drop(threads);
    for t in done {
        let _ = t.join();
    }
    Ok(())
}

/// An interpreter thread: runs its interpreter to the end, then parks to
/// run the next one, until it has waited [`POOL_IDLE`] in vain or the
/// runtime shuts down. A thread whose interpreter panicked never parks.
fn pool_main(rt: &Arc<RuntimeInner>, first: Assignment, stack: usize) {
    let mut next = Some(first);
    while let Some(a) = next.take() {
        let healthy = crate::worker::run(&a.shared, rt, &a.jobs);
        let shared = a.shared.clone();
        drop(a);
        if !healthy {
            shared.set_done();
            return;
        }
        // Park before reporting the interpreter closed, so a caller that
        // closes one interpreter and spawns the next finds this thread.
        let (tx, rx) = crossbeam_channel::bounded(1);
        let parked = {
            let mut pool = crate::sync_lock(&rt.pool);
            let open = !rt.shut_down.load(Ordering::Acquire);
            if open {
                pool.push(Idle { stack, tx });
            }
            open
        };
        shared.set_done();
        if !parked {
            return;
        }
        next = rx.recv_timeout(POOL_IDLE).ok();
    }
}
