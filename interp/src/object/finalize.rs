//! Finalizing generators that are dropped while suspended inside a `try`
//! or a `with`.
//!
//! CPython closes such a generator when its last reference goes: the
//! `yield` raises `GeneratorExit`, so its `finally` blocks and `__exit__`
//! methods run (`for x in g(): break` prints g's cleanup before the next
//! statement's output). Coral frees objects where their last reference
//! drops, deep inside whatever instruction dropped it, where Python code
//! cannot run. So the free is deferred: [`adopt`] takes the generator out of
//! `Obj::free`, parks it on this thread's queue and raises the
//! interpreter's [`FINALIZE`] breaker bit. The eval loop answers the bit at
//! its next check (every call, every loop iteration, every resumption) and
//! closes the parked generators there (`vm::finalize`); an
//! exception one raises is printed as CPython prints unraisable ones
//! ("Exception ignored in: ..."), never propagated.
//!
//! Only generators suspended where a handler covers their `yield` are
//! parked: closing any other one runs nothing a program can observe.
//! Generators freed on a thread that runs no interpreter, or while the
//! interpreter is being torn down, are freed at once.

use crate::object::generator::GenState;
use crate::object::value::Value;
use crate::object::{Obj, Payload};
use crate::support::eval_breaker::{EvalBreaker, FINALIZE};
use crate::support::sync::Arc;
use std::cell::RefCell;
use std::ptr::NonNull;

thread_local! {
    /// The breaker of the interpreter this thread runs, while it runs one.
    static BREAKER: RefCell<Option<Arc<EvalBreaker>>> = const { RefCell::new(None) };
    /// Generators waiting to be closed, owned (one reference each).
    static PENDING: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// Makes this thread park dropped generators for the interpreter whose
/// breaker this is (`None`: free them at once, as during teardown).
pub(crate) fn register(breaker: Option<Arc<EvalBreaker>>) {
    // A thread state may be torn down at thread exit; then nothing is left
    // to register with.
    let _ = BREAKER.try_with(|b| *b.borrow_mut() = breaker);
}

/// Called by `Obj::free` with an object whose last reference is gone:
/// true if it was a generator that needs closing and is now parked (the
/// caller must not free it).
///
/// # Safety
/// `ptr` must be a live mortal object with no other reference; on `true`
/// its ownership has moved to the queue.
pub(crate) unsafe fn adopt(ptr: *mut Obj) -> bool {
    // SAFETY: the caller guarantees `ptr` is live.
    let Payload::Generator(g) = (unsafe { &(*ptr).payload }) else {
        return false;
    };
    let needs_close = match g.try_borrow() {
        Ok(st) => st.state == GenState::Suspended && st.code.code.handler_for(st.pc).is_some(),
        Err(_) => false,
    };
    if !needs_close {
        return false;
    }
    let parked = BREAKER.try_with(|b| match &*b.borrow() {
        Some(breaker) => {
            breaker.set(FINALIZE);
            true
        }
        None => false,
    });
    if parked != Ok(true) {
        return false;
    }
    // The value is made inside the closure: if the thread is exiting and
    // the queue is gone, the closure never runs, the reference stays the
    // caller's and the caller frees the generator.
    PENDING
        .try_with(|q| {
            // SAFETY: `Obj::free` is only reached for objects built by
            // `Obj::alloc`; the last reference, which the caller gave up,
            // moves into this value (the count is still 1).
            let owned = Value::from_owned_obj(unsafe { NonNull::new_unchecked(ptr) });
            q.borrow_mut().push(owned);
        })
        .is_ok()
}

/// Frees this thread's parked generators without closing them (with the
/// breaker unregistered first, so that they are not parked again).
pub(crate) fn discard_pending() {
    drop(take_pending());
}

/// Takes this thread's parked generators.
pub(crate) fn take_pending() -> Vec<Value> {
    PENDING
        .try_with(|q| std::mem::take(&mut *q.borrow_mut()))
        .unwrap_or_default()
}
