//! loom models of the GIL and the eval breaker (`RUSTFLAGS="--cfg loom"`).
//!
//! They run the production `Gil` and `EvalBreaker`: under `cfg(loom)` the
//! `sync` facade hands them loom's mutex, condvar and atomics, so loom
//! explores every interleaving (up to the preemption bound) of the real
//! code. The protected state is a loom `UnsafeCell`, which fails the model
//! on any access not ordered by the lock: that is the mutual exclusion
//! property. A model that deadlocks (all threads blocked) fails too.
#![cfg(loom)]

use coral_interp::loom_api::Gil;
use coral_interp::loom_api::{EvalBreaker, GIL_DROP_REQUEST, INTERRUPT};
use loom::cell::UnsafeCell;
use loom::sync::Arc;
use loom::thread;

/// What the GIL guards in these models: a counter only the holder touches.
struct Heap(UnsafeCell<u64>);

/// Adds one through the lent pointer, as a holder would touch the heap.
///
/// # Safety
/// The caller holds the GIL and `p` is what the GIL lent it.
unsafe fn touch(p: *mut Heap) {
    // SAFETY: per the contract, `p` points at the model's live `Heap`, and
    // loom's cell checks that no other thread accesses it concurrently.
    unsafe { (*p).0.with_mut(|v| *v += 1) };
}

/// Proves: a holder that answers a drop request (`yield_to_waiter`) hands
/// the lock to the waiter that asked, neither ever touches the heap while
/// the other does, the hand-off loses no wake-up (the model ends), and the
/// holder gets the lock back afterwards. A request that arrives before the
/// requester waits is stale, and the holder keeps the lock.
#[test]
fn drop_request_hands_the_gil_over() {
    loom::model(|| {
        let breaker = Arc::new(EvalBreaker::new());
        let gil: Arc<Gil<Heap>> = Arc::new(Gil::new_held(breaker.clone()));
        let heap = Box::into_raw(Box::new(Heap(UnsafeCell::new(0))));
        let addr = heap as usize;
        let waiter = {
            let (gil, breaker) = (gil.clone(), breaker.clone());
            thread::spawn(move || {
                // In production the waiter posts the request after a
                // switch interval without a switch; loom's condvar never
                // times out, so the model posts it up front.
                breaker.set(GIL_DROP_REQUEST);
                let p = gil.acquire();
                assert_eq!(p as usize, addr);
                // SAFETY: this thread holds the GIL; `p` is what was lent.
                unsafe {
                    touch(p);
                    gil.release(p);
                }
            })
        };
        let mut p = heap;
        for _ in 0..2 {
            // SAFETY: the main thread holds the GIL here.
            unsafe { touch(p) };
            if breaker.is_set() {
                // SAFETY: held, and `p` is used again only after the call.
                p = unsafe { gil.yield_to_waiter(p) };
            }
        }
        // SAFETY: held; released for good.
        unsafe { gil.release(p) };
        waiter.join().expect("waiter");
        let p = gil.acquire();
        // SAFETY: held again, with everyone else done.
        let total = unsafe { (*p).0.with(|v| *v) };
        assert_eq!(total, 3);
        // SAFETY: nobody else refers to the heap any more.
        drop(unsafe { Box::from_raw(p) });
    });
}

/// Proves: threads that release around a blocking call (as `allow_threads`
/// does) and re-acquire take turns without overlapping, and every lent
/// pointer is the interpreter's.
#[test]
fn release_and_acquire_take_turns() {
    loom::model(|| {
        let breaker = Arc::new(EvalBreaker::new());
        let gil: Arc<Gil<Heap>> = Arc::new(Gil::new_held(breaker));
        let heap = Box::into_raw(Box::new(Heap(UnsafeCell::new(0))));
        let addr = heap as usize;
        // The creator lends the heap and steps back, as an idle owner does.
        // SAFETY: held by this thread since `new_held`.
        unsafe { gil.release(heap) };
        let workers: Vec<_> = (0..2)
            .map(|_| {
                let gil = gil.clone();
                thread::spawn(move || {
                    let p = gil.acquire();
                    assert_eq!(p as usize, addr);
                    // SAFETY: held; released right after.
                    unsafe {
                        touch(p);
                        gil.release(p);
                    }
                })
            })
            .collect();
        for w in workers {
            w.join().expect("worker");
        }
        let p = gil.acquire();
        // SAFETY: held, all workers done.
        assert_eq!(unsafe { (*p).0.with(|v| *v) }, 2);
        // SAFETY: nobody else refers to the heap any more.
        drop(unsafe { Box::from_raw(p) });
    });
}

/// Proves: requests posted from other threads are never lost or taken
/// twice: each bit is taken by exactly one `take`.
#[test]
fn breaker_bits_are_taken_exactly_once() {
    loom::model(|| {
        let breaker = Arc::new(EvalBreaker::new());
        let poster = {
            let b = breaker.clone();
            thread::spawn(move || b.set(INTERRUPT | GIL_DROP_REQUEST))
        };
        let taker = {
            let b = breaker.clone();
            thread::spawn(move || b.take(INTERRUPT))
        };
        poster.join().expect("poster");
        let first = taker.join().expect("taker");
        let second = breaker.take(INTERRUPT);
        assert_eq!(first | second, INTERRUPT);
        assert_eq!(first & second, 0);
        assert_eq!(breaker.take(GIL_DROP_REQUEST), GIL_DROP_REQUEST);
        assert!(!breaker.is_set());
    });
}
