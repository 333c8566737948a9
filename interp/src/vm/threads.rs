//! The Python threads of one interpreter, as the interpreter keeps them:
//! the targets of threads that have not started yet, the count of running
//! ones (the owner waits for it to reach zero before freeing the heap), and
//! a panic that escaped one. `stdlib::thread` (`_thread`) starts them.

use crate::object::value::Value;
use crate::support::sync::{lock, Arc, Condvar, Mutex};
use crate::vm::Vm;
use std::collections::HashMap;

/// The Python threads of one interpreter.
pub(crate) struct ThreadTable {
    pub(crate) allowed: bool,
    /// Target and arguments of threads that have not taken the GIL yet.
    pub(crate) starting: HashMap<u64, (Value, Value)>,
    pub(crate) live: Arc<LiveThreads>,
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
            panicked: None,
        }
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
