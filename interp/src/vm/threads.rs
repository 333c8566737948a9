//! The Python threads of one interpreter, as the interpreter keeps them:
//! the targets of threads that have not started yet, the count of running
//! ones (the owner waits for it to reach zero before freeing the heap), and
//! a panic that escaped one. `stdlib::thread` (`_thread`) starts them.

use crate::object::value::Value;
use crate::support::eval_breaker::{EvalBreaker, INTERRUPT, SHUTDOWN};
use crate::support::sync::{lock, Arc, Condvar, Mutex};
use crate::vm::Vm;
use std::cell::Cell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};

thread_local! {
    static IDENT: Cell<u64> = const { Cell::new(0) };
}

static NEXT_IDENT: AtomicU64 = AtomicU64::new(1);

/// This OS thread's `threading.get_ident()`: a process-unique number.
pub fn ident() -> u64 {
    IDENT.with(|c| {
        if c.get() == 0 {
            c.set(new_ident());
        }
        c.get()
    })
}

/// A fresh ident, for a thread about to start.
pub(crate) fn new_ident() -> u64 {
    NEXT_IDENT.fetch_add(1, Ordering::Relaxed)
}

/// Gives this OS thread the ident chosen when its start was requested.
pub(crate) fn set_ident(id: u64) {
    IDENT.with(|c| c.set(id));
}

/// What a thread blocked without the GIL watches: the runtime's shutdown,
/// and Ctrl-C if it is the interpreter's main thread (CPython runs signal
/// handlers there only, so `KeyboardInterrupt` is raised there only).
pub struct WakeUp {
    breaker: Arc<EvalBreaker>,
    bits: u32,
}

impl WakeUp {
    /// True once the wait should end and the breaker be answered.
    pub fn is_set(&self) -> bool {
        self.breaker.is_set_bits(self.bits)
    }
}

impl Vm {
    /// The [`WakeUp`] for the calling thread.
    pub fn wake_up(&self) -> WakeUp {
        let interrupt = if self.threads.on_main_thread() {
            INTERRUPT
        } else {
            0
        };
        WakeUp {
            breaker: self.breaker.clone(),
            bits: SHUTDOWN | interrupt,
        }
    }
}

/// The Python threads of one interpreter.
pub(crate) struct ThreadTable {
    pub(crate) allowed: bool,
    /// Target and arguments of threads that have not taken the GIL yet.
    pub(crate) starting: HashMap<u64, (Value, Value)>,
    pub(crate) live: Arc<LiveThreads>,
    /// Ident of the thread that built the interpreter: its main thread.
    main: u64,
    /// A Rust panic that escaped a Python thread (the interpreter is then
    /// in an unknown state; the runtime marks it failed).
    pub(crate) panicked: Option<String>,
}

impl ThreadTable {
    pub(crate) fn new(allowed: bool) -> ThreadTable {
        ThreadTable {
            allowed,
            starting: HashMap::new(),
            live: Arc::new(LiveThreads::default()),
            main: ident(),
            panicked: None,
        }
    }

    /// True on the interpreter's main thread.
    pub(crate) fn on_main_thread(&self) -> bool {
        ident() == self.main
    }
}

/// Count of running Python threads, so the interpreter's owner can wait
/// for them before it frees the heap.
#[derive(Default)]
pub(crate) struct LiveThreads {
    pub(crate) count: Mutex<usize>,
    zero: Condvar,
}

impl LiveThreads {
    pub(crate) fn exit(&self) {
        let mut n = lock(&self.count);
        *n -= 1;
        if *n == 0 {
            self.zero.notify_all();
        }
    }

    fn wait_zero(&self) {
        let mut n = lock(&self.count);
        while *n > 0 {
            n = self
                .zero
                .wait(n)
                .unwrap_or_else(std::sync::PoisonError::into_inner);
        }
    }
}

impl Vm {
    /// Waits, with the GIL released, until every Python thread this
    /// interpreter started has finished. The owner calls it before the
    /// interpreter is dropped.
    pub fn wait_for_threads(&mut self) {
        let live = self.threads.live.clone();
        if *lock(&live.count) > 0 {
            self.allow_threads(move || live.wait_zero());
        }
    }

    /// Python threads running now (not counting the owner's).
    pub fn thread_count(&self) -> usize {
        *lock(&self.threads.live.count)
    }

    /// A Rust panic that escaped one of this interpreter's Python threads.
    pub fn thread_panic(&self) -> Option<&str> {
        self.threads.panicked.as_deref()
    }
}
