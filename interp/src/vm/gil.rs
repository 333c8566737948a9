//! The GIL: one lock per interpreter, taken by whichever of its threads runs
//! Python code.
//!
//! The lock also carries what it protects: the holder *lends* a pointer to
//! the interpreter when it lets go, and the next holder receives exactly that
//! pointer. So a thread reaches the interpreter's heap only through the lock,
//! and every access descends from the pointer the previous holder gave up.
//!
//! Switching follows CPython's "new GIL" (Python/ceval_gil.c): a waiter
//! sleeps for one switch interval (5 ms by default); if in that time the
//! holder never let go, the waiter raises the eval breaker's
//! [`GIL_DROP_REQUEST`] bit. The holder sees it at its next back edge or
//! call, releases the lock ([`Gil::yield_to_waiter`]) and waits until a
//! waiter actually took it, so it cannot win the lock straight back. A
//! holder that blocks (sleep, join, a queue `get`) releases the lock for
//! the duration ([`Gil::release`] and [`Gil::acquire`]).
//!
//! Different interpreters have different GILs: they never contend.

use crate::support::eval_breaker::{EvalBreaker, GIL_DROP_REQUEST};
use crate::support::sync::{lock, Arc, AtomicU64, Condvar, Mutex, Ordering};
use std::time::Duration;

/// `sys.getswitchinterval()` at start, in microseconds.
pub const DEFAULT_SWITCH_INTERVAL_US: u64 = 5_000;

/// One interpreter's GIL, protecting a `T` (the interpreter).
pub struct Gil<T> {
    state: Mutex<State<T>>,
    /// Signalled when the lock is released.
    released: Condvar,
    /// Signalled when a thread takes the lock.
    taken: Condvar,
    breaker: Arc<EvalBreaker>,
    interval_us: AtomicU64,
}

struct State<T> {
    held: bool,
    /// What the last holder lent; dereferenced only by the holder.
    lent: *mut T,
    /// Counts acquisitions, so a waiter can tell that a switch took place.
    switches: u64,
    /// Threads blocked in `acquire`.
    waiters: usize,
}

// SAFETY: `lent` is an address, handed from holder to holder under the
// mutex; the GIL protocol (one holder at a time, release before another
// acquires, with the mutex ordering the two) is what makes the pointee's
// use from several threads sequential. The state itself is plain data.
unsafe impl<T> Send for State<T> {}

impl<T> Gil<T> {
    /// A GIL held by the calling thread; `breaker` is the interpreter's
    /// eval breaker, where waiters post their drop requests.
    pub fn new_held(breaker: Arc<EvalBreaker>) -> Gil<T> {
        Gil {
            state: Mutex::new(State {
                held: true,
                lent: std::ptr::null_mut(),
                switches: 0,
                waiters: 0,
            }),
            released: Condvar::new(),
            taken: Condvar::new(),
            breaker,
            interval_us: AtomicU64::new(DEFAULT_SWITCH_INTERVAL_US),
        }
    }

    /// The switch interval (`sys.getswitchinterval`).
    pub fn switch_interval(&self) -> Duration {
        Duration::from_micros(self.interval_us.load(Ordering::Relaxed))
    }

    /// Sets the switch interval (`sys.setswitchinterval`); at least 1 µs.
    pub fn set_switch_interval(&self, d: Duration) {
        let us = u64::try_from(d.as_micros()).unwrap_or(u64::MAX).max(1);
        self.interval_us.store(us, Ordering::Relaxed);
    }

    /// Blocks until the lock is free, takes it and returns what the last
    /// holder lent. A waiter that sees no switch for a whole interval asks
    /// the holder to drop the lock.
    pub fn acquire(&self) -> *mut T {
        let mut s = lock(&self.state);
        if s.held {
            s.waiters += 1;
            while s.held {
                let seen = s.switches;
                let (g, timeout) = self
                    .released
                    .wait_timeout(s, self.switch_interval())
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                s = g;
                if timeout.timed_out() && s.held && s.switches == seen {
                    self.breaker.set(GIL_DROP_REQUEST);
                }
            }
            s.waiters -= 1;
        }
        s.held = true;
        s.switches = s.switches.wrapping_add(1);
        self.taken.notify_all();
        s.lent
    }

    /// Releases the lock, lending `lent` to the next holder.
    ///
    /// # Safety
    /// The caller holds the lock, and neither it nor anything it called
    /// touches `*lent` again until it has re-acquired the lock.
    pub unsafe fn release(&self, lent: *mut T) {
        let mut s = lock(&self.state);
        debug_assert!(s.held, "GIL released by a thread that does not hold it");
        s.held = false;
        s.lent = lent;
        drop(s);
        self.released.notify_one();
    }

    /// Answers a drop request: if some thread waits, hands the lock over,
    /// waits until that thread has taken it, then queues for it again. With
    /// no waiter (a stale request) the holder keeps the lock.
    ///
    /// # Safety
    /// As for [`Gil::release`]; the pointer returned is the one to go on
    /// with.
    pub unsafe fn yield_to_waiter(&self, lent: *mut T) -> *mut T {
        self.breaker.take(GIL_DROP_REQUEST);
        let mut s = lock(&self.state);
        if s.waiters == 0 {
            return lent;
        }
        s.held = false;
        s.lent = lent;
        let seen = s.switches;
        self.released.notify_one();
        while s.switches == seen {
            s = self
                .taken
                .wait(s)
                .unwrap_or_else(std::sync::PoisonError::into_inner);
        }
        drop(s);
        self.acquire()
    }

    /// Number of completed acquisitions (for statistics and tests).
    pub fn switches(&self) -> u64 {
        lock(&self.state).switches
    }
}

#[cfg(all(test, not(loom)))]
mod tests {
    use super::*;

    #[test]
    fn waiter_gets_the_lent_pointer_and_forces_a_switch() {
        let breaker = Arc::new(EvalBreaker::new());
        let gil: Arc<Gil<u64>> = Arc::new(Gil::new_held(breaker.clone()));
        gil.set_switch_interval(Duration::from_micros(100));
        let mut value = 7u64;
        let addr = &mut value as *mut u64 as usize;
        let g2 = gil.clone();
        let t = std::thread::spawn(move || {
            let p = g2.acquire();
            assert_eq!(p as usize, addr);
            // SAFETY: this thread holds the GIL, and the main thread lent
            // `value` and waits in `yield_to_waiter` until this release.
            unsafe {
                *p += 1;
                g2.release(p);
            }
        });
        // The holder spins on the breaker like the eval loop would.
        while !breaker.is_set() {
            std::thread::yield_now();
        }
        // SAFETY: this thread holds the GIL and re-acquires before using `value`.
        let p = unsafe { gil.yield_to_waiter(addr as *mut u64) };
        t.join().expect("waiter thread");
        // SAFETY: the GIL is held again and `p` is `value`'s address.
        assert_eq!(unsafe { *p }, 8);
        assert!(gil.switches() >= 2);
    }
}
