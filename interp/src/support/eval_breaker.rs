//! The eval breaker: one atomic word per interpreter through which other
//! threads (and signal handlers) ask the running interpreter to stop and do
//! something. The eval loop checks it at back edges and calls, so the check
//! is one relaxed load on the hot path.

use crate::support::sync::{AtomicU32, Ordering};

/// `KeyboardInterrupt` requested (Ctrl-C).
pub const INTERRUPT: u32 = 1 << 0;
/// A thread waiting for the GIL asks the holder to let go (`gil.rs`).
pub const GIL_DROP_REQUEST: u32 = 1 << 1;
/// The runtime is shutting the interpreter down: running code raises
/// `SystemExit` at its next check.
pub const SHUTDOWN: u32 = 1 << 2;
/// Executors were invalidated from another thread (an optimizer swap, an
/// explicit request): the interpreter restores their instructions at its
/// next check (`tier2.rs`).
pub const EXECUTORS_INVALIDATED: u32 = 1 << 3;
/// A generator suspended in a `try` or `with` was dropped on the running
/// thread: the interpreter closes it at its next check (`finalize.rs`).
pub const FINALIZE: u32 = 1 << 4;

/// The per-interpreter request word.
#[derive(Debug, Default)]
pub struct EvalBreaker {
    bits: AtomicU32,
}

impl EvalBreaker {
    /// A breaker with no requests.
    pub fn new() -> EvalBreaker {
        EvalBreaker::default()
    }

    /// Raises request bits; async-signal-safe (a single atomic RMW).
    pub fn set(&self, bits: u32) {
        self.bits.fetch_or(bits, Ordering::Release);
    }

    /// True if any request is pending (the hot-path check).
    #[inline(always)]
    pub fn is_set(&self) -> bool {
        self.bits.load(Ordering::Relaxed) != 0
    }

    /// True if any of `bits` is pending (without clearing them).
    pub fn is_set_bits(&self, bits: u32) -> bool {
        self.bits.load(Ordering::Acquire) & bits != 0
    }

    /// Takes and clears the given request bits, returning those that were set.
    pub fn take(&self, bits: u32) -> u32 {
        self.bits.fetch_and(!bits, Ordering::Acquire) & bits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_and_take() {
        let b = EvalBreaker::new();
        assert!(!b.is_set());
        let other = 1 << 5;
        b.set(INTERRUPT | other);
        assert!(b.is_set());
        assert_eq!(b.take(INTERRUPT), INTERRUPT);
        assert!(b.is_set());
        assert_eq!(b.take(INTERRUPT), 0);
        assert_eq!(b.take(other), other);
        assert!(!b.is_set());
    }
}
