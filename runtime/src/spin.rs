//! Waiting without paying for a sleep when the answer is near.
//!
//! Parking a thread on a futex and waking it costs tens of microseconds on
//! a loaded machine (measured here: about 55 µs per hand-off between two
//! interpreter threads on a 2-vCPU VM), while a job, a queue item or an
//! answer often arrives within a few. So every cross-thread wait of the
//! runtime first polls for a short while, yielding the core between polls,
//! and only then blocks: the same trade as an adaptive mutex.

use crossbeam_channel::{Receiver, RecvTimeoutError, TryRecvError};
use std::time::{Duration, Instant};

/// How long a wait polls before it blocks.
pub(crate) const SPIN: Duration = Duration::from_micros(50);

/// `rx.recv()` with [`SPIN`] of polling first; `Err` once disconnected.
pub(crate) fn recv<T>(rx: &Receiver<T>) -> Result<T, ()> {
    match poll(rx, SPIN) {
        Some(r) => r,
        None => rx.recv().map_err(|_| ()),
    }
}

/// `rx.recv_timeout(timeout)` with polling first.
pub(crate) fn recv_timeout<T>(rx: &Receiver<T>, timeout: Duration) -> Result<T, RecvTimeoutError> {
    let start = Instant::now();
    match poll(rx, timeout.min(SPIN)) {
        Some(Ok(v)) => Ok(v),
        Some(Err(())) => Err(RecvTimeoutError::Disconnected),
        None => rx.recv_timeout(timeout.saturating_sub(start.elapsed())),
    }
}

/// Polls `rx` for at most `limit`: `None` if nothing came.
fn poll<T>(rx: &Receiver<T>, limit: Duration) -> Option<Result<T, ()>> {
    let start = Instant::now();
    loop {
        match rx.try_recv() {
            Ok(v) => return Some(Ok(v)),
            Err(TryRecvError::Disconnected) => return Some(Err(())),
            Err(TryRecvError::Empty) => {}
        }
        if start.elapsed() >= limit {
            return None;
        }
        std::thread::yield_now();
    }
}

/// Polls `done` for [`SPIN`]; true if it became true meanwhile.
pub(crate) fn until(done: impl Fn() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < SPIN {
        if done() {
            return true;
        }
        std::thread::yield_now();
    }
    done()
}
