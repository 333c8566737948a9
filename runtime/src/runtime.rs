//! The [`Runtime`]: the process's registry of live interpreters.
//!
//! `Runtime::spawn` starts an interpreter on its own OS thread and returns
//! its handle. The registry (a dashmap keyed by id) is the one piece of
//! process-wide mutable state besides atomics (contract 1). Dropping the
//! runtime shuts every interpreter down and joins every thread it started.

use crate::error::Error;
use crate::interpreter::{
    Capture, Interpreter, InterpreterConfig, InterpreterId, OutputMode, Owner, Shared,
};
use coral_interp::EvalBreaker;
use dashmap::DashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::thread::JoinHandle;

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
    /// Threads of interpreters whose last handle was dropped: they finish
    /// on their own and are joined at shutdown.
    pub(crate) exiting: Mutex<Vec<JoinHandle<()>>>,
    pub(crate) config: RuntimeConfig,
    shut_down: AtomicBool,
}

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
                exiting: Mutex::new(Vec::new()),
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
        self.inner.shut_down.store(true, Ordering::Release);
        let all: Vec<Arc<Shared>> = self
            .inner
            .registry
            .iter()
            .map(|e| e.value().clone())
            .collect();
        for s in &all {
            s.breaker.set(coral_interp::eval_breaker::SHUTDOWN);
            s.closed.store(true, Ordering::Release);
            let _ = s.jobs.send(crate::interpreter::Job::Close);
        }
        for s in &all {
            if let Some(t) = crate::sync_lock(&s.thread).take() {
                let _ = t.join();
            }
        }
        let exiting = std::mem::take(&mut *crate::sync_lock(&self.inner.exiting));
        for t in exiting {
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

/// Starts an interpreter thread and registers it.
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
    let shared = Arc::new(Shared {
        id,
        jobs: tx,
        breaker: Arc::new(EvalBreaker::new()),
        running: AtomicBool::new(false),
        closed: AtomicBool::new(false),
        failed: Mutex::new(None),
        thread: Mutex::new(None),
        os_thread: OnceLock::new(),
        captured,
        jobs_ok: AtomicU64::new(0),
        jobs_failed: AtomicU64::new(0),
        busy_ns: AtomicU64::new(0),
        gil_acquisitions: AtomicU64::new(0),
        threads: AtomicU64::new(0),
        config,
    });
    rt.registry.insert(id, shared.clone());
    let thread = std::thread::Builder::new()
        .name(format!("coral-interp-{id}"))
        .stack_size(stack)
        .spawn({
            let shared = shared.clone();
            let rt = rt.clone();
            move || crate::worker::run(&shared, &rt, &rx)
        });
    match thread {
        Ok(t) => *crate::sync_lock(&shared.thread) = Some(t),
        Err(e) => {
            rt.registry.remove(&id);
            shared.closed.store(true, Ordering::Release);
            return Err(Error::Spawn(e.to_string()));
        }
    }
    Ok(Interpreter::from_owner(Arc::new(Owner {
        shared,
        runtime: rt.clone(),
    })))
}
