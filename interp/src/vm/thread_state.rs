//! Per-thread interpreter state, swapped in and out with the GIL.
//!
//! A [`Vm`] is one interpreter; several Python threads may run in it, one
//! at a time. What belongs to one thread (its value stack, frames, the
//! exception being handled, recursion counters) sits in the `Vm` while that
//! thread holds the GIL and in a [`ThreadState`] while it does not, the way
//! CPython swaps `PyThreadState`s. While nobody holds the GIL, the `Vm`'s
//! per-thread fields are empty.

use crate::object::error::PyErr;
use crate::object::frame::Frame;
use crate::object::value::Value;
use crate::vm::Vm;

/// The per-thread part of an interpreter, parked while its thread waits.
pub(crate) struct ThreadState {
    stack: Vec<Value>,
    frames: Vec<Frame>,
    exc_info: Value,
    pending_throw: Option<PyErr>,
    repr_guard: Vec<usize>,
    nested_evals: usize,
    native_depth: usize,
    trace: crate::monitor::trace::TraceState,
}

impl ThreadState {
    /// The state of a thread that has not run yet.
    pub(crate) fn new() -> ThreadState {
        ThreadState {
            stack: Vec::with_capacity(1024),
            frames: Vec::new(),
            exc_info: Value::none(),
            pending_throw: None,
            repr_guard: Vec::new(),
            nested_evals: 0,
            native_depth: 0,
            trace: crate::monitor::trace::TraceState::default(),
        }
    }

    /// An empty placeholder: what the `Vm` holds while no thread runs.
    pub(crate) fn empty() -> ThreadState {
        ThreadState {
            stack: Vec::new(),
            frames: Vec::new(),
            exc_info: Value::none(),
            pending_throw: None,
            repr_guard: Vec::new(),
            nested_evals: 0,
            native_depth: 0,
            trace: crate::monitor::trace::TraceState::default(),
        }
    }
}

impl Vm {
    /// Exchanges the running thread's state with `ts`.
    pub(crate) fn swap_thread_state(&mut self, ts: &mut ThreadState) {
        std::mem::swap(&mut self.stack, &mut ts.stack);
        std::mem::swap(&mut self.frames, &mut ts.frames);
        std::mem::swap(&mut self.exc_info, &mut ts.exc_info);
        std::mem::swap(&mut self.pending_throw, &mut ts.pending_throw);
        std::mem::swap(&mut self.repr_guard, &mut ts.repr_guard);
        std::mem::swap(&mut self.nested_evals, &mut ts.nested_evals);
        std::mem::swap(&mut self.native_depth, &mut ts.native_depth);
        std::mem::swap(&mut self.trace, &mut ts.trace);
    }

    /// True while no thread's state is in the `Vm` (the GIL is free or
    /// was just taken).
    pub(crate) fn thread_state_is_empty(&self) -> bool {
        self.stack.capacity() == 0 && self.frames.capacity() == 0 && self.nested_evals == 0
    }

    /// Runs `f` with the GIL released, so other threads of this interpreter
    /// run meanwhile: the way every blocking call (sleep, join, lock and
    /// queue waits) waits. `f` is `Send`, so it cannot hold a Python object:
    /// the type system keeps it off the heap it no longer owns.
    pub fn allow_threads<R: Send>(&mut self, f: impl FnOnce() -> R + Send) -> R {
        // A failed write surfaces at the next `print` (the buffer is gone).
        let _ = self.stdout.flush();
        let mut ts = ThreadState::empty();
        self.swap_thread_state(&mut ts);
        let gil = self.gil.clone();
        // SAFETY: this thread holds the GIL (it runs Python code). `f` is
        // `Send` and so holds no interpreter object, and this function
        // touches `self` again only after `acquire` returned.
        unsafe { gil.release(self) };
        let r = f();
        let back = gil.acquire();
        debug_assert!(std::ptr::eq(back, self), "GIL lent another interpreter");
        debug_assert!(
            self.thread_state_is_empty(),
            "allow_threads: a thread state was left in the Vm"
        );
        self.swap_thread_state(&mut ts);
        r
    }

    /// Answers the eval breaker's drop request: parks this thread's state,
    /// lets a waiting thread run, and comes back when the GIL is ours again.
    pub(crate) fn yield_gil(&mut self) {
        let mut ts = ThreadState::empty();
        self.swap_thread_state(&mut ts);
        let gil = self.gil.clone();
        // SAFETY: as in `allow_threads`; nothing touches `self` until the
        // GIL is held again.
        let back = unsafe { gil.yield_to_waiter(self) };
        debug_assert!(std::ptr::eq(back, self), "GIL lent another interpreter");
        debug_assert!(
            self.thread_state_is_empty(),
            "yield_gil: a thread state was left in the Vm"
        );
        self.swap_thread_state(&mut ts);
    }
}
